package io.oktaadapter.application.port.in.application;

import java.util.List;
import java.util.Objects;

/**
 * What an installation needs to sign users in through Okta: never the client secret itself, only
 * where the secret store keeps it.
 *
 * @param initiateLoginUri the initiate-login URI, or {@code null}
 */
public record ApplicationConfig(
    String tenantKey,
    String applicationId,
    String kind,
    String issuer,
    String clientId,
    List<String> redirectUris,
    List<String> postLogoutRedirectUris,
    String initiateLoginUri,
    String clientSecretPath,
    List<String> groups) {

  public ApplicationConfig {
    Objects.requireNonNull(clientId, "clientId");
    redirectUris = List.copyOf(redirectUris);
    postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
    groups = List.copyOf(groups);
  }
}
