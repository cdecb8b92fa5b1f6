package io.oktaadapter.application.port.out.messaging;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Outbound port for the relay's side of the outbox. All methods run inside the caller's
 * transaction; the claim holds until it ends, so several relay replicas never publish the same
 * events, and events with one key are claimed by one replica at a time, in order.
 */
public interface OutboxRelayStore {

  /**
   * Claims the oldest unpublished events of one group of keys that no other relay holds.
   *
   * @return up to {@code limit} events in outbox order, or none when nothing is claimable
   */
  List<StoredEvent> claimNext(int limit);

  void markPublished(Collection<Long> positions, Instant at);

  /** Marks an event done without publication: a note about it went to the dead-letter topic. */
  void markDeadLettered(long position, String reason, Instant at);

  /** Records a failed attempt; the event stays unpublished and is retried. */
  void recordFailure(long position, String reason, Instant at);

  /** Number of unpublished events and the age of the oldest, for metrics. */
  Backlog backlog(Instant now);

  /** Size and age of the unpublished part of the outbox. */
  record Backlog(long events, java.time.Duration oldestAge) {}
}
