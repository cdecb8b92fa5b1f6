package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.oktaadapter.testing.KeycloakServer;
import io.oktaadapter.testing.KeycloakTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end against the real Keycloak (issue 18, ADR 0014): a forged JWT (well formed, the realm's
 * issuer, a real audience and key id shape, signed with a key of this test's own) answers 401
 * problem+json, costs no call to the token-introspection endpoint and logs nothing at WARN or
 * above; after the budget of failures the address gets 429 with {@code Retry-After}, a valid token
 * is still served meanwhile, and once the window has passed the address is answered 401 again.
 *
 * <p>The introspection endpoint of the profile is a loopback server of this test that counts its
 * requests (it would be called if JWT introspection were enabled, and would then fail the test).
 */
@QuarkusTest
@TestProfile(ForgedTokenThrottleTest.Profile.class)
class ForgedTokenThrottleTest {

  static final int BUDGET = 4;
  static final int WINDOW_SECONDS = 4;
  static final AtomicInteger INTROSPECTIONS = new AtomicInteger();
  private static HttpServer introspection;

  /** Real Keycloak, a small budget, and the counting introspection endpoint. */
  public static class Profile implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(KeycloakTestResource.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "okta-adapter.http.auth-failures.budget", Integer.toString(BUDGET),
          "okta-adapter.http.auth-failures.window", WINDOW_SECONDS + "s",
          "quarkus.oidc.introspection-path", startIntrospectionCounter());
    }
  }

  static synchronized String startIntrospectionCounter() {
    try {
      if (introspection == null) {
        introspection =
            HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        introspection.createContext(
            "/",
            exchange -> {
              INTROSPECTIONS.incrementAndGet();
              byte[] body = "{\"active\":false}".getBytes(StandardCharsets.UTF_8);
              exchange.getResponseHeaders().add("Content-Type", "application/json");
              exchange.sendResponseHeaders(200, body.length);
              exchange.getResponseBody().write(body);
              exchange.close();
            });
        introspection.start();
      }
      return "http://127.0.0.1:"
          + introspection.getAddress().getPort()
          + "/realms/okta-adapter/protocol/openid-connect/token/introspect";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private final List<LogRecord> warnings = Collections.synchronizedList(new ArrayList<>());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureLogs() {
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void releaseLogs() {
    Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void forgedTokensAreRefusedLocallyQuietlyAndThrottled() throws Exception {
    KeycloakServer keycloak = KeycloakTestResource.shared();
    String valid = keycloak.passwordGrant("admin", "admin");
    Map<String, Object> validHeader = decode(valid.split("\\.")[0]);
    String realKeyId = (String) validHeader.get("kid");
    String forgedUnknownKey = forge(keycloak.realmUrl(), "forged-" + UUID.randomUUID());
    String forgedRealKeyId = forge(keycloak.realmUrl(), realKeyId);
    // Sanity: the valid token is served, so a refusal below is about the forgery.
    assertThat(get(valid).statusCode()).isEqualTo(200);
    warnings.clear();
    int before = INTROSPECTIONS.get();

    // Within the budget: 401 problem+json for each forgery (and for no token at all).
    List<String> forgeries = List.of(forgedUnknownKey, forgedRealKeyId, forgedUnknownKey, "");
    for (String forged : forgeries) {
      Response r = get(forged);
      assertThat(r.statusCode()).as("forged token within the budget").isEqualTo(401);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.jsonPath().getString("type")).endsWith("/unauthenticated");
      assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
    }
    // Past the budget: 429 with Retry-After, still problem+json.
    Response throttled = get(forgedRealKeyId);
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.contentType()).startsWith("application/problem+json");
    assertThat(throttled.jsonPath().getString("type")).endsWith("/too-many-requests");
    int retryAfter = Integer.parseInt(throttled.header("Retry-After"));
    assertThat(retryAfter).isBetween(1, WINDOW_SECONDS);
    assertThat(get(forgedUnknownKey).statusCode()).isEqualTo(429);
    // A valid token from the same address is served while the address is throttled.
    assertThat(get(valid).statusCode()).isEqualTo(200);

    // No forgery reached the identity provider's introspection endpoint, nothing logged >= WARN.
    assertThat(INTROSPECTIONS.get() - before).as("introspection calls").isZero();
    assertThat(warnings)
        .as("log records at WARN or above")
        .extracting(r -> r.getLoggerName() + ": " + r.getMessage())
        .isEmpty();

    // After the window the address is answered 401 again, then throttled again past the budget.
    Thread.sleep((retryAfter + 1) * 1000L);
    for (int i = 0; i < BUDGET; i++) {
      assertThat(get(forgedUnknownKey).statusCode()).as("after the window").isEqualTo(401);
    }
    assertThat(get(forgedUnknownKey).statusCode()).isEqualTo(429);
    assertThat(INTROSPECTIONS.get() - before).as("introspection calls").isZero();
  }

  private static Response get(String token) {
    var request = given().accept("application/json");
    if (!token.isEmpty()) {
      request.header("Authorization", "Bearer " + token);
    }
    return request.when().get("/api/v1/tenants").andReturn();
  }

  /** A JWT of the realm's shape, RS256-signed with a fresh key pair of this test. */
  private static String forge(String issuer, String keyId) throws Exception {
    var generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    PrivateKey key = generator.generateKeyPair().getPrivate();
    long now = Instant.now().getEpochSecond();
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}";
    String payload =
        "{\"iss\":\""
            + issuer
            + "\",\"aud\":[\""
            + KeycloakServer.CLI_CLIENT
            + "\",\"account\"],\"azp\":\""
            + KeycloakServer.CLI_CLIENT
            + "\",\"sub\":\""
            + UUID.randomUUID()
            + "\",\"typ\":\"Bearer\",\"preferred_username\":\"admin\","
            + "\"realm_access\":{\"roles\":[\"admin\"]},\"iat\":"
            + now
            + ",\"exp\":"
            + (now + 300)
            + ",\"jti\":\""
            + UUID.randomUUID()
            + "\"}";
    String signingInput = b64(header) + "." + b64(payload);
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(key);
    rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> decode(String part) throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .readValue(Base64.getUrlDecoder().decode(part), Map.class);
  }
}
