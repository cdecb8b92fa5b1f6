package io.oktaadapter.adapters.in.webhook;

import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Webhook adapter: validates the JWT Okta sends to an inline hook on an OAuth 2.0 channel
 * (signature, issuer, audience, expiry, scope) against a key set held in memory. The key set is
 * fetched at startup and then in the background, so a hook call never waits for the network.
 */
@ApplicationScoped
class InlineJwtVerifier {

  private final InlineHookConfig.Jwt config;
  private final ScheduledExecutorService refresher;
  private volatile JwtConsumer consumer;

  InlineJwtVerifier(InlineHookConfig config) {
    this.config = config.auth().jwt();
    if (this.config.jwks().isPresent()) {
      install(this.config.jwks().get());
      this.refresher = null;
    } else if (this.config.jwksUrl().isPresent()) {
      this.refresher =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "inline-hook-jwks");
                t.setDaemon(true);
                return t;
              });
      long every = this.config.jwksRefresh().toSeconds();
      refresher.scheduleWithFixedDelay(this::fetch, 0, every, TimeUnit.SECONDS);
    } else {
      this.refresher = null;
    }
  }

  /** Whether the bearer token in the header value is valid now; false until keys are known. */
  boolean verify(String authorization) {
    JwtConsumer current = consumer;
    if (current == null || authorization == null) {
      return false;
    }
    String token = authorization.strip();
    if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = token.substring(7).strip();
    }
    try {
      JwtClaims claims = current.processToClaims(token);
      return config.requiredScope().map(scope -> hasScope(claims, scope)).orElse(true);
    } catch (InvalidJwtException e) {
      Log.debugf("Inline hook JWT refused: %s", e.getErrorDetails());
      return false;
    }
  }

  private static boolean hasScope(JwtClaims claims, String scope) {
    Object scp = claims.getClaimValue("scp");
    if (scp instanceof List<?> list) {
      return list.contains(scope);
    }
    Object space = claims.getClaimValue("scope");
    return space instanceof String s && List.of(s.split(" ")).contains(scope);
  }

  private void fetch() {
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create(config.jwksUrl().orElseThrow()))
                  .timeout(Duration.ofSeconds(10))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        Log.warnf("JWKS fetch answered %d; keeping the keys held", response.statusCode());
        return;
      }
      install(response.body());
    } catch (Exception e) {
      // Keeping the old keys is the point of the cache: an outage of the key endpoint must not
      // stop hooks that Okta signs with a key we already know.
      Log.warnf("JWKS fetch failed (%s); keeping the keys held", e.toString());
    }
  }

  private void install(String jwks) {
    try {
      JsonWebKeySet keys = new JsonWebKeySet(jwks);
      JwtConsumerBuilder builder =
          new JwtConsumerBuilder()
              .setRequireExpirationTime()
              .setAllowedClockSkewInSeconds((int) config.clockSkew().toSeconds())
              .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
              .setJwsAlgorithmConstraints(
                  new AlgorithmConstraints(
                      ConstraintType.PERMIT,
                      AlgorithmIdentifiers.RSA_USING_SHA256,
                      AlgorithmIdentifiers.RSA_USING_SHA384,
                      AlgorithmIdentifiers.RSA_USING_SHA512,
                      AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256));
      config.issuer().ifPresentOrElse(builder::setExpectedIssuer, () -> {});
      config
          .audience()
          .ifPresentOrElse(
              builder::setExpectedAudience, () -> builder.setSkipDefaultAudienceValidation());
      consumer = builder.build();
    } catch (JoseException e) {
      Log.errorf("The inline-hook JWKS is not a valid key set: %s", e.getMessage());
    }
  }

  @PreDestroy
  void stop() {
    if (refresher != null) {
      refresher.shutdownNow();
    }
  }
}
