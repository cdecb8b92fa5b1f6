package io.oktaadapter.application.port.out.messaging;

import java.time.Instant;
import java.util.Objects;

/**
 * An outbox entry as stored: the event, its position in the outbox, when it was stored (to measure
 * how long publication took) and how many publication attempts failed.
 */
public record StoredEvent(long position, OutboundEvent event, Instant storedAt, int attempts) {

  public StoredEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(storedAt, "storedAt");
  }
}
