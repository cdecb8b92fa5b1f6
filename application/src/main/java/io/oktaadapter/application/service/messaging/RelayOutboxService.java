package io.oktaadapter.application.service.messaging;

import io.oktaadapter.application.port.in.messaging.RelayOutboxUseCase;
import io.oktaadapter.application.port.out.messaging.EventPublisher;
import io.oktaadapter.application.port.out.messaging.EventPublisher.PublishOutcome;
import io.oktaadapter.application.port.out.messaging.OutboxRelayStore;
import io.oktaadapter.application.port.out.messaging.StoredEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Use case: claims a batch of outbox events, publishes them and marks those the broker
 * acknowledged. Publication stops at the first failure so that later events of the same key never
 * overtake an earlier one. An event the broker refuses for good is dead-lettered instead, so it
 * cannot block its key forever.
 */
public final class RelayOutboxService implements RelayOutboxUseCase {

  private final OutboxRelayStore store;
  private final EventPublisher publisher;
  private final Clock clock;
  private final int batchSize;

  public RelayOutboxService(
      OutboxRelayStore store, EventPublisher publisher, Clock clock, int batchSize) {
    this.store = Objects.requireNonNull(store);
    this.publisher = Objects.requireNonNull(publisher);
    this.clock = Objects.requireNonNull(clock);
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1");
    }
    this.batchSize = batchSize;
  }

  @Override
  public int relayNextBatch() {
    List<StoredEvent> batch = store.claimNext(batchSize);
    if (batch.isEmpty()) {
      return 0;
    }
    List<Long> published = new ArrayList<>();
    List<PublishOutcome> outcomes = publisher.publish(batch);
    for (int i = 0; i < outcomes.size(); i++) {
      PublishOutcome outcome = outcomes.get(i);
      if (outcome instanceof PublishOutcome.Rejected rejected) {
        outcome = deadLetter(batch.get(i), rejected);
      }
      if (outcome instanceof PublishOutcome.Failed failed) {
        store.recordFailure(failed.position(), failed.reason(), clock.instant());
        break;
      }
      if (outcome instanceof PublishOutcome.Published) {
        published.add(outcome.position());
      }
    }
    if (!published.isEmpty()) {
      store.markPublished(published, clock.instant());
    }
    return published.size();
  }

  /**
   * @return {@code Failed} when even the dead-letter topic did not take the note, else a marker
   *     that the event is done (neither published nor failed)
   */
  private PublishOutcome deadLetter(StoredEvent event, PublishOutcome.Rejected rejected) {
    PublishOutcome note = publisher.deadLetter(event, rejected.reason());
    if (note instanceof PublishOutcome.Published) {
      store.markDeadLettered(rejected.position(), rejected.reason(), clock.instant());
      return rejected;
    }
    return note instanceof PublishOutcome.Failed
        ? note
        : new PublishOutcome.Failed(rejected.position(), "dead-letter topic refused the note too");
  }
}
