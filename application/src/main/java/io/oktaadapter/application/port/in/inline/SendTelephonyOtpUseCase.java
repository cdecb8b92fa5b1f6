package io.oktaadapter.application.port.in.inline;

import java.util.Objects;

/**
 * Inbound port: hands a one-time code that Okta wants delivered to the company's messaging service.
 * Requires the caller's transaction: the request is queued through the outbox.
 */
public interface SendTelephonyOtpUseCase {

  OtpOutcome send(OtpMessage message);

  /**
   * An OTP message as Okta describes it. {@code toString} hides the code.
   *
   * @param channel {@code SMS} or {@code VOICE} as Okta sends it
   */
  record OtpMessage(
      String requestId,
      String userId,
      String login,
      String phoneNumber,
      String code,
      String template,
      String channel,
      String locale,
      String expires) {
    public OtpMessage {
      Objects.requireNonNull(phoneNumber, "phoneNumber");
      Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
      return "OtpMessage[request=" + requestId + ", user=" + userId + ", channel=" + channel + "]";
    }
  }

  /** The outcome. */
  sealed interface OtpOutcome {}

  /** Queued for the messaging service under this transaction id. */
  record Queued(String transactionId) implements OtpOutcome {}

  /** No messaging service is configured: Okta should use its own providers. */
  record NotConfigured() implements OtpOutcome {}
}
