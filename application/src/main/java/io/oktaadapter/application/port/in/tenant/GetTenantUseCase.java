package io.oktaadapter.application.port.in.tenant;

import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantNotFoundException;

/** Inbound port: shows one tenant. */
public interface GetTenantUseCase {

  /**
   * @throws TenantNotFoundException when no tenant has the key
   */
  Tenant getTenant(TenantKey key);
}
