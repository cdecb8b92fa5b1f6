package io.oktaadapter.application.port.out.okta;

import io.oktaadapter.domain.okta.OktaId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Outbound port for the OpenID Connect applications (clients) Okta holds for a tenant's
 * applications. An application must be deactivated before it is deleted.
 */
public interface OktaApplications {

  /** Creates an ACTIVE application; Okta generates its client id and, if confidential, secret. */
  OidcApplication create(OidcApplicationDetails details);

  Optional<OidcApplication> find(OktaId id);

  /** The application whose label is exactly {@code label}, if there is one. */
  Optional<OidcApplication> findByLabel(String label);

  /** The client id and (for confidential clients) the current client secret. */
  OidcClientCredentials credentials(OktaId id);

  OidcApplication update(OktaId id, OidcApplicationDetails details);

  void deactivate(OktaId id);

  /** Deletes a deactivated application; deleting one that is already gone is not an error. */
  void delete(OktaId id);

  /** Okta's OIDC application types ({@code settings.oauthClient.application_type}). */
  enum ClientType {
    WEB,
    NATIVE,
    BROWSER,
    SERVICE
  }

  /** What the adapter sets on an OIDC application. */
  record OidcApplicationDetails(
      String label,
      ClientType clientType,
      List<String> redirectUris,
      List<String> postLogoutRedirectUris,
      String initiateLoginUri,
      Set<String> grantTypes,
      Set<String> responseTypes) {
    public OidcApplicationDetails {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(clientType, "clientType");
      redirectUris = List.copyOf(redirectUris);
      postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
      grantTypes = Set.copyOf(grantTypes);
      responseTypes = Set.copyOf(responseTypes);
    }

    /** The initiate-login URI, when the application has one. */
    public Optional<String> initiateLogin() {
      return Optional.ofNullable(initiateLoginUri);
    }
  }

  /**
   * An OIDC application as Okta holds it, with its URIs (empty, or {@code null} for the initiate
   * login URI, when Okta holds none).
   */
  record OidcApplication(
      OktaId id,
      String label,
      String clientId,
      boolean active,
      List<String> redirectUris,
      List<String> postLogoutRedirectUris,
      String initiateLoginUri) {
    public OidcApplication {
      Objects.requireNonNull(id, "id");
      redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
      postLogoutRedirectUris =
          postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
    }

    public OidcApplication(OktaId id, String label, String clientId, boolean active) {
      this(id, label, clientId, active, List.of(), List.of(), null);
    }
  }

  /** An application's client credentials; {@link #toString()} never shows the secret. */
  record OidcClientCredentials(String clientId, String clientSecret) {
    public OidcClientCredentials {
      Objects.requireNonNull(clientId, "clientId");
    }

    /** The secret, absent for public clients. */
    public Optional<String> secret() {
      return Optional.ofNullable(clientSecret);
    }

    @Override
    public String toString() {
      return "OidcClientCredentials[clientId=" + clientId + ", clientSecret=***]";
    }
  }
}
