package io.oktaadapter.application.port.in.inline;

import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Optional;

/** Inbound port: decides how a user imported from an application maps to Okta users. */
public interface DecideUserImportUseCase {

  /**
   * @param applicationId Okta's id of the application imported from
   * @param login the imported user's login or e-mail
   */
  ImportDecision decide(String applicationId, String login);

  /** The outcome of a decision: the tenant of the application, when a tenant owns it. */
  sealed interface ImportDecision {
    Optional<TenantKey> tenant();
  }

  /** An Okta user with this login exists: link to it. */
  record LinkUser(String userId, Optional<TenantKey> tenant) implements ImportDecision {}

  /**
   * An Okta user has this login but is not a member of the application's tenant (the same rule as
   * the token and SAML hooks), or is a member of a tenant while the application belongs to none:
   * neither linked nor created; the import of this user fails.
   */
  record CrossTenant(Optional<TenantKey> tenant) implements ImportDecision {}

  /** No Okta user has this login: create one. */
  record CreateUser(Optional<TenantKey> tenant) implements ImportDecision {}
}
