package io.oktaadapter.application.service.tenant;

import io.oktaadapter.application.common.Page;
import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.application.port.in.tenant.ListTenantsUseCase;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.domain.tenant.Tenant;
import java.util.Objects;

/** Use case: lists tenants from the repository. */
public final class ListTenantsService implements ListTenantsUseCase {

  private final TenantRepository tenants;

  public ListTenantsService(TenantRepository tenants) {
    this.tenants = Objects.requireNonNull(tenants);
  }

  @Override
  public Page<Tenant> listTenants(PageRequest request) {
    return tenants.findPage(Objects.requireNonNull(request, "request"));
  }
}
