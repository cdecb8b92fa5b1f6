package io.oktaadapter.adapters.in.webhook;

import static io.oktaadapter.adapters.in.webhook.InlineCommands.command;
import static io.oktaadapter.adapters.in.webhook.InlineCommands.commands;
import static io.oktaadapter.adapters.in.webhook.InlineHookDecisions.facts;
import static io.oktaadapter.adapters.in.webhook.InlineHookDecisions.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktaadapter.application.port.in.inline.SendTelephonyOtpUseCase;
import io.oktaadapter.application.port.in.inline.SendTelephonyOtpUseCase.OtpMessage;
import io.oktaadapter.application.port.in.inline.SendTelephonyOtpUseCase.OtpOutcome;
import io.oktaadapter.application.port.in.inline.SendTelephonyOtpUseCase.Queued;
import io.oktaadapter.application.port.in.inline.VerifyLegacyPasswordUseCase;
import io.oktaadapter.application.port.in.inline.VerifyLegacyPasswordUseCase.PasswordVerdict;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.Map;

/**
 * Webhook adapter: the password-import and telephony hooks, whose requests carry secrets (a
 * cleartext password, a one-time code). Neither value is logged, counted or kept here.
 */
@ApplicationScoped
class InlineSecretHooks {

  static final String TELEPHONY_NOT_CONFIGURED =
      "No messaging service is configured; use Okta's own telephony providers.";

  private final VerifyLegacyPasswordUseCase passwords;
  private final SendTelephonyOtpUseCase telephony;
  private final InlineHookConfig.Telephony telephonyConfig;

  InlineSecretHooks(
      VerifyLegacyPasswordUseCase passwords,
      SendTelephonyOtpUseCase telephony,
      InlineHookConfig config) {
    this.passwords = passwords;
    this.telephony = telephony;
    this.telephonyConfig = config.telephony();
  }

  InlineReply passwordImport(JsonNode request) {
    JsonNode credential = request.path("data").path("context").path("credential");
    String login = text(credential.path("username"));
    String password = text(credential.path("password"));
    char[] secret = password == null ? new char[0] : password.toCharArray();
    try {
      PasswordVerdict verdict = passwords.verify(login, secret);
      return credentialAnswer(verdict.name(), facts("login", login));
    } finally {
      Arrays.fill(secret, '\0');
    }
  }

  static InlineReply credentialAnswer(String verdict, Map<String, String> facts) {
    return new InlineReply(
        commands(command("com.okta.action.update", Map.of("credential", verdict))),
        verdict.toLowerCase(java.util.Locale.ROOT),
        facts);
  }

  InlineReply telephony(JsonNode request, CommitGate gate) {
    JsonNode data = request.path("data");
    JsonNode user = data.path("userProfile");
    JsonNode message = data.path("messageProfile");
    String phone = text(message.path("phoneNumber"));
    String code = text(message.path("otpCode"));
    Map<String, String> facts = facts("user", text(user.path("userId")));
    if (phone == null || code == null) {
      return new InlineReply(
          InlineCommands.error("messageProfile.phoneNumber and otpCode are required", null),
          "invalid",
          facts);
    }
    OtpMessage otp =
        new OtpMessage(
            text(data.at("/context/request/id")),
            text(user.path("userId")),
            text(user.path("login")),
            phone,
            code,
            text(message.path("msgTemplate")),
            text(message.path("deliveryChannel")),
            text(message.path("locale")),
            text(message.path("otpExpires")));
    // The OTP is queued only if the answer will say so: a decision past the deadline rolls back.
    OtpOutcome outcome =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  OtpOutcome queued = telephony.send(otp);
                  gate.enterCommit();
                  return queued;
                });
    if (outcome instanceof Queued queued) {
      facts.put("transaction", queued.transactionId());
      JsonObject action =
          InlineCommands.JSON
              .createObjectBuilder()
              .add("status", "PENDING")
              .add("provider", telephonyConfig.provider())
              .add("transactionId", queued.transactionId())
              .add("transactionMetadata", "queued on okta-adapter.telephony-requests")
              .build();
      return new InlineReply(
          commands(
              command(
                  "com.okta.telephony.action",
                  InlineCommands.JSON.createArrayBuilder().add(action).build())),
          "queued",
          facts);
    }
    return telephonyFallback("not-configured", facts);
  }

  static InlineReply telephonyFallback(String outcome, Map<String, String> facts) {
    return new InlineReply(InlineCommands.error(TELEPHONY_NOT_CONFIGURED, null), outcome, facts);
  }
}
