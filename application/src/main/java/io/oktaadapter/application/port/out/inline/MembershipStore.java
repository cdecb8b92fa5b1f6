package io.oktaadapter.application.port.out.inline;

import io.oktaadapter.domain.tenant.TenantKey;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Outbound port for the membership side of the inline-hook read model, written from Okta events and
 * from membership syncs with Okta. Each write carries the time its facts were true and never
 * overwrites a newer state, so events that arrive late or twice cannot undo a later change.
 * Requires the caller's transaction.
 */
public interface MembershipStore {

  /** The tenant group recorded under this Okta group id, if the adapter knows it. */
  Optional<TenantGroup> tenantGroup(String groupId);

  /** Membership of one user in one tenant group, which gives the user {@code role}. */
  void setMembership(String userId, TenantGroup group, String role, boolean member, Instant asOf);

  void recordUser(String userId, String login, Instant asOf);

  /** The user left Okta (deactivated or deleted): forget the user and every membership. */
  void forgetUser(String userId, Instant asOf);

  /**
   * The complete member list of a group as Okta showed it at {@code asOf}: these users are members
   * (and known under their logins), every other recorded member of the group is not, unless a newer
   * event says otherwise.
   *
   * @param members Okta user id to login
   * @return how many recorded memberships of the group ended
   */
  int replaceMembers(TenantGroup group, String role, Map<String, String> members, Instant asOf);

  /** A group of a tenant, as recorded among the tenant's Okta resources. */
  record TenantGroup(TenantKey tenant, String groupId, String name) {
    public TenantGroup {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(groupId, "groupId");
      Objects.requireNonNull(name, "name");
    }
  }
}
