package io.oktaadapter.bootstrap.e2e;

import static io.oktaadapter.bootstrap.e2e.TopicReader.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktaadapter.simulator.hooks.InlineHookRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * End to end, with a slow legacy credential store, a messaging service configured and the SAML hook
 * on an OAuth 2.0 channel: a slow dependency still gets Okta an answer (the safe outcome) before
 * the internal deadline, a telephony hook hands the OTP to Kafka through the outbox, and the SAML
 * hook takes Okta's signed JWT instead of the shared secret.
 */
@QuarkusTest
@TestProfile(InlineHookDeadlineTest.SlowDependencies.class)
class InlineHookDeadlineTest {

  private static final String ORG = "https://acme-test.okta.com";

  /** A short deadline, the slow store, telephony on, and SAML authenticated by JWT. */
  public static class SlowDependencies implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "okta-adapter.inline-hooks.deadline", "1s",
          "okta-adapter.inline-hooks.telephony.enabled", "true",
          "okta-adapter.inline-hooks.auth.modes.saml", "oauth",
          "okta-adapter.inline-hooks.auth.jwt.issuer", TestHookJwts.ISSUER,
          "okta-adapter.inline-hooks.auth.jwt.audience", TestHookJwts.AUDIENCE,
          "okta-adapter.inline-hooks.auth.jwt.required-scope", "okta.inlineHooks",
          "okta-adapter.inline-hooks.auth.jwt.jwks", TestHookJwts.publicJwks());
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
      return Set.of(SlowLegacyCredentialStore.class);
    }
  }

  @Test
  void givenSlowCredentialStore_passwordImportHook_answersUnverifiedBeforeTheDeadline()
      throws Exception {
    long started = System.nanoTime();

    JsonNode body =
        InlineHooksTest.call(
            "password-import", InlineHookRequests.passwordImport(ORG, "slow@legacy.example", "pw"));

    long tookMs = (System.nanoTime() - started) / 1_000_000;
    InlineHookShape.assertConforms("password-import", body.toString());
    assertThat(body.at("/commands/0/value/credential").asText()).isEqualTo("UNVERIFIED");
    assertThat(tookMs).isLessThan(2_500);
  }

  @Test
  void givenMessagingService_telephonyHook_queuesTheOtpOnKafkaAndAnswersPending() throws Exception {
    JsonNode body =
        InlineHooksTest.call(
            "telephony",
            InlineHookRequests.telephony(
                ORG, "00uPhoneUser00000000", "p@x.example", "+15555550123", "918273"));

    InlineHookShape.assertConforms("telephony", body.toString());
    JsonNode action = body.at("/commands/0/value/0");
    assertThat(action.path("status").asText()).isEqualTo("PENDING");
    String transactionId = action.path("transactionId").asText();
    var records =
        TopicReader.await(
            "okta-adapter.telephony-requests", r -> transactionId.equals(header(r, "ce_id")), 1);
    assertThat(records.get(0).value()).contains("\"otpCode\":\"918273\"");
    assertThat(records.get(0).value()).contains("+15555550123");
  }

  @Test
  void givenOauthChannel_samlHook_acceptsOktasJwtAndRefusesTheSharedSecret() throws Exception {
    String request = InlineHookRequests.saml(ORG, "00uSamlUser000000000", "s@x.example").toString();

    given()
        .header("Authorization", TestHookJwts.bearer())
        .contentType(ContentType.JSON)
        .body(request)
        .when()
        .post("/hooks/okta/inline/saml")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", TestHookSecrets.INLINE_SECRET)
        .contentType(ContentType.JSON)
        .body(request)
        .when()
        .post("/hooks/okta/inline/saml")
        .then()
        .statusCode(401);
  }
}
