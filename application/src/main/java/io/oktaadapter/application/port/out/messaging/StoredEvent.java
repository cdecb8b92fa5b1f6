package io.oktaadapter.application.port.out.messaging;

import java.util.Objects;

/** An outbox entry as stored: the event and its position in the outbox. */
public record StoredEvent(long position, OutboundEvent event, int attempts) {

  public StoredEvent {
    Objects.requireNonNull(event, "event");
  }
}
