package io.oktaadapter.application.port.out.inline;

import io.oktaadapter.domain.app.ApplicationKind;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The inline-hook read model at one version.
 *
 * @param applications Okta application id (the OIDC client id for OIDC apps) to its tenant
 * @param applicationKinds Okta application id to the kind of the application it was provisioned for
 *     (absent for applications adopted without a recorded application)
 * @param memberships Okta user id to the tenants the user belongs to, each with the user's role
 * @param registrationDomains lowercase e-mail domain to the tenant that accepts sign-ups from it
 * @param usersByLogin lowercase Okta login to Okta user id
 */
public record ReadModelSnapshot(
    long version,
    Set<TenantKey> activeTenants,
    Map<String, TenantKey> applications,
    Map<String, ApplicationKind> applicationKinds,
    Map<String, Map<TenantKey, String>> memberships,
    Map<String, TenantKey> registrationDomains,
    Map<String, String> usersByLogin) {

  public static final ReadModelSnapshot EMPTY =
      new ReadModelSnapshot(-1, Set.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  public ReadModelSnapshot {
    activeTenants = Set.copyOf(Objects.requireNonNull(activeTenants, "activeTenants"));
    applications = Map.copyOf(Objects.requireNonNull(applications, "applications"));
    applicationKinds = Map.copyOf(Objects.requireNonNull(applicationKinds, "applicationKinds"));
    memberships = Map.copyOf(Objects.requireNonNull(memberships, "memberships"));
    registrationDomains =
        Map.copyOf(Objects.requireNonNull(registrationDomains, "registrationDomains"));
    usersByLogin = Map.copyOf(Objects.requireNonNull(usersByLogin, "usersByLogin"));
  }
}
