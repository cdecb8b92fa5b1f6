package io.oktaadapter.application.service.audit;

import io.oktaadapter.application.port.in.command.TenantRole;
import io.oktaadapter.application.port.in.users.ClearUserSessionsUseCase;
import io.oktaadapter.application.port.in.users.TenantMembershipUseCase;
import io.oktaadapter.application.security.Access;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Use cases: changes to Okta users on behalf of a tenant (membership of its groups) and session
 * clean-up, guarded by the access policy and audited. They change Okta, not the database, so the
 * entry is written right after the change (as for hook-secret rotation).
 */
public final class AuditedUserChanges {

  private AuditedUserChanges() {}

  public static TenantMembershipUseCase membership(
      TenantMembershipUseCase delegate, Auditor auditor) {
    return new TenantMembershipUseCase() {
      @Override
      public Membership assign(TenantKey tenant, String login, TenantRole role) {
        auditor.require(Access.MANAGE_ACCESS, tenant);
        Membership after = delegate.assign(tenant, login, role);
        auditor.record("tenant.assign-user", "tenant", tenant.value(), tenant, Map.of(), of(after));
        return after;
      }

      @Override
      public Membership remove(TenantKey tenant, String login) {
        auditor.require(Access.MANAGE_ACCESS, tenant);
        Membership after = delegate.remove(tenant, login);
        auditor.record("tenant.remove-user", "tenant", tenant.value(), tenant, Map.of(), of(after));
        return after;
      }
    };
  }

  public static ClearUserSessionsUseCase clearSessions(
      ClearUserSessionsUseCase delegate, Auditor auditor) {
    return (login, forgetDevices) -> {
      auditor.require(Access.MANAGE_ACCESS, null);
      var cleared = delegate.clearSessions(login, forgetDevices);
      auditor.record(
          "user.clear-sessions",
          "user",
          cleared.userId(),
          null,
          Map.of(),
          Map.of("login", cleared.login(), "forgetDevices", cleared.forgetDevices()));
      return cleared;
    };
  }

  private static Map<String, Object> of(TenantMembershipUseCase.Membership m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("userId", m.userId());
    out.put("login", m.login());
    out.put("groups", m.groups());
    return out;
  }
}
