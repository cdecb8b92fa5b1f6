package io.oktaadapter.application.port.out.persistence;

import io.oktaadapter.application.common.Page;
import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Collection;
import java.util.List;
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

  /**
   * Stores the tenant; fails with {@link io.oktaadapter.application.common.AliasInUseException}
   * when one of its aliases belongs to another tenant.
   */
  void save(Tenant tenant);

  /** Which of {@code aliases} belong to a tenant other than {@code key}. */
  List<Alias> aliasesOfOtherTenants(TenantKey key, Collection<Alias> aliases);

  /**
   * Stores {@code tenant}, registered in place of the deleted tenant of the same key ({@link
   * io.oktaadapter.domain.tenant.Tenant#registerInPlaceOf}). What the deleted tenant left that
   * would otherwise carry over to the new one is removed: its registration domains, memberships and
   * drift findings. Its jobs, applications (DELETED) and audit entries stay readable.
   */
  void replaceDeleted(Tenant tenant);
}
