package io.oktaadapter.application.service.inline;

import io.oktaadapter.application.common.JsonStrings;
import io.oktaadapter.application.port.in.inline.SendTelephonyOtpUseCase;
import io.oktaadapter.application.port.out.messaging.EventStream;
import io.oktaadapter.application.port.out.messaging.OutboundEvent;
import io.oktaadapter.application.port.out.messaging.Outbox;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Use case: queues an OTP message for the company's messaging service through the outbox (stream
 * {@link EventStream#TELEPHONY_REQUESTS}), or says that none is configured.
 */
public final class SendTelephonyOtpService implements SendTelephonyOtpUseCase {

  static final String EVENT_TYPE = "io.oktaadapter.telephony.otp-requested";
  private static final URI SOURCE = URI.create("urn:okta-adapter:inline-hooks:telephony");

  private final Outbox outbox;
  private final Clock clock;
  private final boolean enabled;

  /**
   * @param enabled whether a messaging service consumes the telephony requests
   */
  public SendTelephonyOtpService(Outbox outbox, Clock clock, boolean enabled) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.enabled = enabled;
  }

  @Override
  public OtpOutcome send(OtpMessage message) {
    if (!enabled) {
      return new NotConfigured();
    }
    String transactionId = UUID.randomUUID().toString();
    outbox.append(
        new OutboundEvent(
            EventStream.TELEPHONY_REQUESTS,
            message.phoneNumber(),
            transactionId,
            SOURCE,
            EVENT_TYPE,
            message.userId(),
            clock.instant(),
            Map.of(),
            json(message, transactionId)));
    return new Queued(transactionId);
  }

  private static String json(OtpMessage m, String transactionId) {
    return "{"
        + field("transactionId", transactionId)
        + ","
        + field("oktaRequestId", m.requestId())
        + ","
        + field("userId", m.userId())
        + ","
        + field("login", m.login())
        + ","
        + field("phoneNumber", m.phoneNumber())
        + ","
        + field("deliveryChannel", m.channel())
        + ","
        + field("otpCode", m.code())
        + ","
        + field("message", m.template())
        + ","
        + field("locale", m.locale())
        + ","
        + field("otpExpires", m.expires())
        + "}";
  }

  private static String field(String name, String value) {
    return JsonStrings.quote(name) + ":" + (value == null ? "null" : JsonStrings.quote(value));
  }
}
