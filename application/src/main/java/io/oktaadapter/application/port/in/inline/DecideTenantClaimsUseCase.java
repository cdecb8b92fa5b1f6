package io.oktaadapter.application.port.in.inline;

import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Inbound port: decides what tenant facts a token or SAML assertion for a user signing in to an
 * application carries, from local state only.
 */
public interface DecideTenantClaimsUseCase {

  /**
   * @param applicationId Okta's id of the application (for OIDC apps the client id)
   * @param userId Okta's id of the user signing in
   */
  TenantClaims decide(String applicationId, String userId);

  /** The outcome of a decision. */
  sealed interface TenantClaims {}

  /**
   * The application belongs to the tenant and the user is one of its members.
   *
   * @param claims claim name to value, as the application kind's claim template makes them (the
   *     tenant and role claims first)
   */
  record Claims(TenantKey tenant, String role, Map<String, String> claims) implements TenantClaims {
    public Claims {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(role, "role");
      claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
    }
  }

  /** No tenant owns the application: nothing to add. */
  record NotManaged() implements TenantClaims {}

  /** The application belongs to a tenant the user is not a member of: no token may be issued. */
  record CrossTenant(TenantKey applicationTenant) implements TenantClaims {}
}
