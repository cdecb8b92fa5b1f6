package io.oktaadapter.application.port.out.persistence;

import io.oktaadapter.application.common.Page;
import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Optional;

/**
 * Outbound port for storing tenants. Writes need a transaction opened by the inbound adapter;
 * {@link #save} fails with an optimistic-locking error when the tenant changed since it was read.
 */
public interface TenantRepository {

  Optional<Tenant> findByKey(TenantKey key);

  /** Tenants in key order, DELETED ones excluded. */
  Page<Tenant> findPage(PageRequest request);

  /**
   * Tenants (not deleted) whose key, display name or one of whose aliases contains {@code text},
   * ignoring case, in key order.
   */
  Page<Tenant> search(String text, PageRequest request);

  void save(Tenant tenant);
}
