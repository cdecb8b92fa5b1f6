package io.oktaadapter.application.port.out.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A delivery that was refused as malformed, kept for operators: the raw body (cut at the size
 * limit) and why it was refused. Unauthenticated requests are never stored.
 */
public record QuarantinedDelivery(
    Long id, Instant receivedAt, String reason, String body, boolean truncated) {

  public QuarantinedDelivery {
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(body, "body");
  }
}
