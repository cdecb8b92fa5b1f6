package io.oktaadapter.application.port.in.inline;

import io.oktaadapter.domain.tenant.TenantKey;
import java.util.List;
import java.util.Objects;

/**
 * Inbound port: loads the members of a tenant's groups from Okta into the inline hooks' read model,
 * for memberships that predate the adapter's event hook or that an outage made it miss. Events
 * newer than the sync still win over it.
 */
public interface SyncTenantMembershipsUseCase {

  /** Fails with TenantNotFoundException for an unknown tenant, OktaFailure when Okta fails. */
  SyncResult sync(TenantKey tenant);

  /** What a sync found, per recorded group of the tenant. */
  record SyncResult(TenantKey tenant, List<GroupSync> groups) {
    public SyncResult {
      Objects.requireNonNull(tenant, "tenant");
      groups = List.copyOf(groups);
    }
  }

  /**
   * @param members how many members Okta lists in the group
   * @param ended how many memberships the adapter held for the group that Okta no longer lists
   */
  record GroupSync(String groupId, String name, String role, int members, int ended) {}
}
