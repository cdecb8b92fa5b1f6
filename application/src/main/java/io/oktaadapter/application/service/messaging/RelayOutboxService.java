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
 * overtake an earlier one.
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
    for (PublishOutcome outcome : publisher.publish(batch)) {
      if (outcome instanceof PublishOutcome.Failed failed) {
        store.recordFailure(failed.position(), failed.reason(), clock.instant());
        break;
      }
      published.add(outcome.position());
    }
    if (!published.isEmpty()) {
      store.markPublished(published, clock.instant());
    }
    return published.size();
  }
}
