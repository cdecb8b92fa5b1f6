package io.oktaadapter.application.port.out.okta;

import java.util.List;
import java.util.Objects;

/**
 * Outbound port for the credentials the adapter calls Okta's Management API with: an API token or
 * an OAuth 2.0 service app's private key. Implementations may rotate them; callers ask each time.
 */
public interface OktaApiCredentials {

  Credential current();

  /** One kind of Okta credential; {@code toString()} never shows the secret part. */
  sealed interface Credential permits ApiToken, ServiceAppKey {}

  /** An API token, sent as {@code Authorization: SSWS <token>}. */
  record ApiToken(String token) implements Credential {
    public ApiToken {
      Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
      return "ApiToken[***]";
    }
  }

  /**
   * A service app's signing key, for the {@code private_key_jwt} client-credentials flow.
   *
   * @param privateKeyPem the RSA private key in PKCS#8 PEM
   */
  record ServiceAppKey(String clientId, String keyId, String privateKeyPem, List<String> scopes)
      implements Credential {
    public ServiceAppKey {
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(privateKeyPem, "privateKeyPem");
      scopes = List.copyOf(scopes);
    }

    @Override
    public String toString() {
      return "ServiceAppKey[clientId=" + clientId + ", keyId=" + keyId + ", privateKey=***]";
    }
  }
}
