package io.oktaadapter.bootstrap.e2e;

import java.util.List;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Test data: plays the Okta authorization server of an OAuth 2.0 inline-hook channel with a key
 * generated for this test run; its public JWKS is configured into the application.
 */
final class TestHookJwts {

  static final String ISSUER = "https://acme-test.okta.com/oauth2/aushooks";
  static final String AUDIENCE = "api://okta-adapter-inline-hooks";
  private static final RsaJsonWebKey KEY = generate();

  private TestHookJwts() {}

  private static RsaJsonWebKey generate() {
    try {
      RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
      key.setKeyId("test-hook-key");
      return key;
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  static String publicJwks() {
    return new JsonWebKeySet(KEY).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
  }

  static String bearer() throws JoseException {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setAudience(AUDIENCE);
    claims.setExpirationTimeMinutesInTheFuture(5);
    claims.setIssuedAtToNow();
    claims.setSubject("0oaOktaHookClient");
    claims.setStringListClaim("scp", List.of("okta.inlineHooks"));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(KEY.getPrivateKey());
    jws.setKeyIdHeaderValue(KEY.getKeyId());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    return "Bearer " + jws.getCompactSerialization();
  }
}
