package io.oktaadapter.application.service.messaging;

import io.oktaadapter.application.port.in.messaging.RelayOutboxUseCase;
import io.oktaadapter.application.port.out.messaging.EventPublisher;
import io.oktaadapter.application.port.out.messaging.EventPublisher.PublishOutcome;
import io.oktaadapter.application.port.out.messaging.OutboxRelayStore;
import io.oktaadapter.application.port.out.messaging.StoredEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Use case: claims a batch of outbox events, publishes them and marks those the broker
 * acknowledged. An event that was not acknowledged stays in the outbox with every later event of
 * its key, so that a later event never overtakes an earlier one. An event the broker refuses for
 * good is dead-lettered instead, so it cannot block its key forever. A batch the broker did not
 * acknowledge opens the {@link BrokerCircuit}: while it is open nothing is claimed, then one-event
 * probes find out whether the broker is back (ADR 0003).
 */
public final class RelayOutboxService implements RelayOutboxUseCase {

  private final OutboxRelayStore store;
  private final EventPublisher publisher;
  private final Clock clock;
  private final int batchSize;
  private final BrokerCircuit circuit;

  public RelayOutboxService(
      OutboxRelayStore store, EventPublisher publisher, Clock clock, int batchSize) {
    this(
        store,
        publisher,
        clock,
        batchSize,
        new BrokerCircuit(clock, Duration.ofSeconds(1), Duration.ofSeconds(30)));
  }

  public RelayOutboxService(
      OutboxRelayStore store,
      EventPublisher publisher,
      Clock clock,
      int batchSize,
      BrokerCircuit circuit) {
    this.circuit = Objects.requireNonNull(circuit);
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
    BrokerCircuit.Permit permit = circuit.acquire();
    if (permit == BrokerCircuit.Permit.WAIT) {
      return 0;
    }
    List<StoredEvent> batch;
    try {
      batch = store.claimNext(permit == BrokerCircuit.Permit.PROBE ? 1 : batchSize);
    } catch (RuntimeException e) {
      circuit.unused(permit);
      throw e;
    }
    if (batch.isEmpty()) {
      circuit.unused(permit);
      return 0;
    }
    List<Long> published = new ArrayList<>();
    boolean failed = publish(batch, published);
    if (failed) {
      circuit.failed(permit);
    } else {
      circuit.succeeded(permit);
    }
    if (!published.isEmpty()) {
      store.markPublished(published, clock.instant());
    }
    return published.size();
  }

  @Override
  public Duration pauseBeforeNextClaim() {
    return circuit.pause();
  }

  /**
   * Publishes the batch and collects the positions to mark published: every acknowledged event
   * unless an earlier event of its key was not acknowledged (both go again, in order).
   *
   * @return whether any event was not acknowledged
   */
  private boolean publish(List<StoredEvent> batch, List<Long> published) {
    List<PublishOutcome> outcomes = publisher.publish(batch);
    Set<String> blockedKeys = new HashSet<>();
    boolean failed = false;
    for (int i = 0; i < outcomes.size(); i++) {
      StoredEvent event = batch.get(i);
      PublishOutcome outcome = outcomes.get(i);
      if (blockedKeys.contains(event.event().key())) {
        continue;
      }
      if (outcome instanceof PublishOutcome.Rejected rejected) {
        outcome = deadLetter(event, rejected);
      }
      if (outcome instanceof PublishOutcome.Failed f) {
        if (!failed) {
          store.recordFailure(f.position(), f.reason(), clock.instant());
        }
        failed = true;
        blockedKeys.add(event.event().key());
      } else if (outcome instanceof PublishOutcome.Published) {
        published.add(outcome.position());
      }
    }
    return failed;
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
