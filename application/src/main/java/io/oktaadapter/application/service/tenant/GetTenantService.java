package io.oktaadapter.application.service.tenant;

import io.oktaadapter.application.port.in.tenant.GetTenantUseCase;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantNotFoundException;
import java.util.Objects;

/** Use case: shows one tenant, or fails with {@link TenantNotFoundException}. */
public final class GetTenantService implements GetTenantUseCase {

  private final TenantRepository tenants;

  public GetTenantService(TenantRepository tenants) {
    this.tenants = Objects.requireNonNull(tenants);
  }

  @Override
  public Tenant getTenant(TenantKey key) {
    return tenants.findByKey(key).orElseThrow(() -> new TenantNotFoundException(key));
  }
}
