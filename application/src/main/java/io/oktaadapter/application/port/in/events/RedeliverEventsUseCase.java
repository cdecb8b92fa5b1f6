package io.oktaadapter.application.port.in.events;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Inbound port: publishes stored events again (marked as redelivered), by time range and optionally
 * by event type, for consumers that lost or need to rebuild their state.
 */
public interface RedeliverEventsUseCase {

  /**
   * @return how many events were queued for publication again
   */
  int redeliver(RedeliveryRequest request);

  /** Which events to publish again. */
  record RedeliveryRequest(Instant from, Instant to, Set<String> eventTypes, int limit) {
    public RedeliveryRequest {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      eventTypes = eventTypes == null ? Set.of() : Set.copyOf(eventTypes);
    }
  }
}
