package io.oktaadapter.adapters.in.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OAuth 2.0 channel: JWTs signed with keys generated here, validated without a network. */
class InlineJwtVerifierTest {

  private static final String ISSUER = "https://acme.okta.example/oauth2/aus1hooks";
  private static final String AUDIENCE = "api://okta-adapter-hooks";
  private static RsaJsonWebKey key;
  private static RsaJsonWebKey otherKey;
  private static InlineJwtVerifier verifier;

  @BeforeAll
  static void keys() throws Exception {
    key = RsaJwkGenerator.generateJwk(2048);
    key.setKeyId("hook-key-1");
    otherKey = RsaJwkGenerator.generateJwk(2048);
    otherKey.setKeyId("hook-key-1");
    InlineHookConfig config = mock(InlineHookConfig.class, RETURNS_DEEP_STUBS);
    InlineHookConfig.Jwt jwt = config.auth().jwt();
    when(jwt.jwks())
        .thenReturn(
            Optional.of(new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
    when(jwt.jwksUrl()).thenReturn(Optional.empty());
    when(jwt.issuer()).thenReturn(Optional.of(ISSUER));
    when(jwt.audience()).thenReturn(Optional.of(AUDIENCE));
    when(jwt.requiredScope()).thenReturn(Optional.of("okta.hooks"));
    when(jwt.clockSkew()).thenReturn(Duration.ofSeconds(30));
    verifier = new InlineJwtVerifier(config);
  }

  @Test
  void givenTokenSignedByAKnownKey_verify_accepts() throws Exception {
    assertThat(verifier.verify("Bearer " + token(key, ISSUER, AUDIENCE, 5, "okta.hooks"))).isTrue();
  }

  @Test
  void givenWrongSignerIssuerAudienceExpiryOrScope_verify_refuses() throws Exception {
    assertThat(verifier.verify("Bearer " + token(otherKey, ISSUER, AUDIENCE, 5, "okta.hooks")))
        .as("signature")
        .isFalse();
    assertThat(verifier.verify("Bearer " + token(key, ISSUER + "x", AUDIENCE, 5, "okta.hooks")))
        .as("issuer")
        .isFalse();
    assertThat(verifier.verify("Bearer " + token(key, ISSUER, "api://other", 5, "okta.hooks")))
        .as("audience")
        .isFalse();
    assertThat(verifier.verify("Bearer " + token(key, ISSUER, AUDIENCE, -5, "okta.hooks")))
        .as("expiry")
        .isFalse();
    assertThat(verifier.verify("Bearer " + token(key, ISSUER, AUDIENCE, 5, "other.scope")))
        .as("scope")
        .isFalse();
    assertThat(verifier.verify("local-inline-hook-secret")).as("not a JWT").isFalse();
    assertThat(verifier.verify(null)).isFalse();
  }

  private static String token(
      RsaJsonWebKey signer, String issuer, String audience, int minutes, String scope)
      throws Exception {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer);
    claims.setAudience(audience);
    claims.setExpirationTimeMinutesInTheFuture(minutes);
    claims.setIssuedAtToNow();
    claims.setSubject("0oaOktaHookClient");
    claims.setStringListClaim("scp", List.of(scope));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(signer.getPrivateKey());
    jws.setKeyIdHeaderValue(signer.getKeyId());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    return jws.getCompactSerialization();
  }
}
