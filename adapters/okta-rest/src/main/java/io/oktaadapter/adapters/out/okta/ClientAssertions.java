package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.application.port.out.okta.OktaApiCredentials.ServiceAppKey;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Okta REST adapter: signs the short-lived client assertion ({@code private_key_jwt}) a service app
 * presents to Okta's token endpoint.
 */
@Singleton
class ClientAssertions {

  private static final long LIFETIME_SECONDS = 300;

  private final String tokenEndpoint;

  @Inject
  ClientAssertions(OktaConfig config) {
    this(config.orgUrl().replaceAll("/+$", "") + "/oauth2/v1/token");
  }

  ClientAssertions(String tokenEndpoint) {
    this.tokenEndpoint = tokenEndpoint;
  }

  /** A signed JWT with iss = sub = client id and aud = the token endpoint, as Okta requires. */
  String sign(ServiceAppKey key, Instant now) {
    var claims =
        Jwt.issuer(key.clientId())
            .subject(key.clientId())
            .audience(tokenEndpoint)
            .issuedAt(now.getEpochSecond())
            .expiresAt(now.getEpochSecond() + LIFETIME_SECONDS)
            .claim("jti", UUID.randomUUID().toString())
            .jws()
            .algorithm(SignatureAlgorithm.RS256);
    if (key.keyId() != null) {
      claims.keyId(key.keyId());
    }
    return claims.sign(privateKey(key.privateKeyPem()));
  }

  static PrivateKey privateKey(String pem) {
    String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("the service app's private key is not a PKCS#8 RSA key", e);
    }
  }
}
