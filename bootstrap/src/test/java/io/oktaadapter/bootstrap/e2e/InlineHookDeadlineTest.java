package io.oktaadapter.bootstrap.e2e;

import static io.oktaadapter.bootstrap.e2e.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktaadapter.simulator.hooks.InlineHookRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * End to end, with a slow legacy credential store and a messaging service configured: a slow
 * dependency still gets Okta an answer (the safe outcome) before the internal deadline, and a
 * telephony hook hands the OTP to Kafka through the outbox.
 */
@QuarkusTest
@TestProfile(InlineHookDeadlineTest.SlowDependencies.class)
class InlineHookDeadlineTest {

  private static final String ORG = "https://acme-test.okta.com";

  /** A short deadline, the slow store, and telephony on. */
  public static class SlowDependencies implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "okta-adapter.inline-hooks.deadline", "500ms",
          "okta-adapter.inline-hooks.telephony.enabled", "true");
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
    assertThat(tookMs).isLessThan(2_000);
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
}
