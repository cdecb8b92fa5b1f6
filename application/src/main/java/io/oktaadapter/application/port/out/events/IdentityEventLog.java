package io.oktaadapter.application.port.out.events;

import io.oktaadapter.domain.event.EventDelivery;
import io.oktaadapter.domain.event.OktaEvent;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Outbound port for the durable log of received Okta events, keyed by the event's uuid. {@link
 * #recordIfNew} runs in the caller's transaction, together with the outbox row it causes.
 */
public interface IdentityEventLog {

  /**
   * Stores the event unless an event with the same uuid is already stored.
   *
   * @return true when the event is new, false for a duplicate
   */
  boolean recordIfNew(OktaEvent event, EventDelivery delivery);

  /**
   * Stores each event unless an event with the same uuid is already stored, in the caller's
   * transaction. Adapters override this to write all of them in one statement.
   *
   * @param events events with distinct uuids, with the delivery that brought each
   * @return the uuids of the events that were new
   */
  default Set<String> recordAllIfNew(List<ReceivedEvent> events) {
    Set<String> stored = new HashSet<>();
    for (ReceivedEvent e : events) {
      if (recordIfNew(e.event(), e.delivery())) {
        stored.add(e.event().uuid());
      }
    }
    return stored;
  }

  /** Stores a delivery that could not be accepted, for operators. */
  void quarantine(QuarantinedDelivery delivery);

  /**
   * Stores several quarantine entries in the caller's transaction. Adapters override this to write
   * all of them in one statement.
   */
  default void quarantineAll(List<QuarantinedDelivery> entries) {
    entries.forEach(this::quarantine);
  }

  /** One quarantine entry, locked for the caller's transaction (to resolve it). */
  Optional<QuarantinedDelivery> quarantinedForUpdate(long id);

  /**
   * Marks a quarantine entry reprocessed or discarded.
   *
   * @return false when it was no longer {@link QuarantinedDelivery.Status#QUARANTINED}
   */
  boolean resolveQuarantined(
      long id, QuarantinedDelivery.Status status, Instant at, String by, String resolution);

  /** The most recent events, newest first, with their publication status. */
  List<StoredIdentityEvent> recent(EventQuery query);

  /** How many deliveries were quarantined at or after {@code since}. */
  long countQuarantinedSince(Instant since);

  /** The most recent quarantined deliveries, newest first. */
  List<QuarantinedDelivery> quarantined(int limit);

  /** Stored events received in the range (and of the types, when given), oldest first. */
  List<StoredIdentityEvent> receivedBetween(
      Instant from, Instant to, Set<String> eventTypes, int limit);

  /** Deletes events and quarantined deliveries received before the cutoff. */
  int purgeReceivedBefore(Instant cutoff);

  /** An event with the delivery that brought it. */
  record ReceivedEvent(OktaEvent event, EventDelivery delivery) {
    public ReceivedEvent {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(delivery, "delivery");
    }
  }

  /** Filter of {@link #recent}. */
  record EventQuery(String eventType, Instant receivedAfter, int limit) {
    public EventQuery {
      if (limit < 1 || limit > 500) {
        throw new IllegalArgumentException("limit must be between 1 and 500");
      }
    }
  }
}
