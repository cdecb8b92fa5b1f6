package io.oktaadapter.application.port.in.users;

import io.oktaadapter.application.port.in.command.TenantRole;
import io.oktaadapter.domain.tenant.TenantKey;

/**
 * Inbound port: make an Okta user a member of a tenant (its {@code -users} group, and its {@code
 * -admins} group for admins), or remove them from the tenant's groups.
 */
public interface TenantMembershipUseCase {

  Membership assign(TenantKey tenant, String login, TenantRole role);

  Membership remove(TenantKey tenant, String login);

  /** The user's membership after the change: the tenant groups they are in. */
  record Membership(String tenantKey, String userId, String login, java.util.List<String> groups) {}
}
