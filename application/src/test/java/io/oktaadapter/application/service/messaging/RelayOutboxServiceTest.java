package io.oktaadapter.application.service.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.out.messaging.EventPublisher;
import io.oktaadapter.application.port.out.messaging.EventPublisher.PublishOutcome;
import io.oktaadapter.application.port.out.messaging.EventStream;
import io.oktaadapter.application.port.out.messaging.OutboundEvent;
import io.oktaadapter.application.port.out.messaging.OutboxRelayStore;
import io.oktaadapter.application.port.out.messaging.StoredEvent;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelayOutboxServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  private final FakeStore store = new FakeStore();

  @Test
  void givenEmptyOutbox_relay_publishesNothing() {
    RelayOutboxService relay = relay(new FakePublisher(List.of()));

    assertThat(relay.relayNextBatch()).isZero();
    assertThat(store.published).isEmpty();
  }

  @Test
  void givenAcknowledgedBatch_relay_marksAllPublished() {
    store.pending.addAll(List.of(stored(1), stored(2), stored(3)));
    RelayOutboxService relay = relay(FakePublisher.acknowledgingAll());

    assertThat(relay.relayNextBatch()).isEqualTo(3);
    assertThat(store.published).containsExactly(1L, 2L, 3L);
  }

  @Test
  void givenFailureInTheMiddle_relay_marksOnlyTheEventsBeforeIt() {
    store.pending.addAll(List.of(stored(1), stored(2), stored(3)));
    RelayOutboxService relay =
        relay(
            new FakePublisher(
                List.of(
                    new PublishOutcome.Published(1),
                    new PublishOutcome.Failed(2, "broker down"),
                    new PublishOutcome.Published(3))));

    assertThat(relay.relayNextBatch()).isEqualTo(1);
    assertThat(store.published).containsExactly(1L);
    assertThat(store.failures).containsExactly("2: broker down");
  }

  @Test
  void givenBatchSize_relay_claimsAtMostThatMany() {
    for (int i = 1; i <= 10; i++) {
      store.pending.add(stored(i));
    }
    RelayOutboxService relay =
        new RelayOutboxService(
            store, FakePublisher.acknowledgingAll(), Clock.fixed(NOW, ZoneOffset.UTC), 4);

    assertThat(relay.relayNextBatch()).isEqualTo(4);
  }

  @Test
  void givenRecordRefusedForGood_relay_deadLettersItAndGoesOn() {
    store.pending.addAll(List.of(stored(1), stored(2), stored(3)));
    FakePublisher publisher =
        new FakePublisher(
            List.of(
                new PublishOutcome.Published(1),
                new PublishOutcome.Rejected(2, "record too large"),
                new PublishOutcome.Published(3)));

    assertThat(relay(publisher).relayNextBatch()).isEqualTo(2);
    assertThat(store.published).containsExactly(1L, 3L);
    assertThat(store.deadLettered).containsExactly("2: record too large");
    assertThat(publisher.deadLetters).containsExactly("id-2");
  }

  @Test
  void givenDeadLetterTopicAlsoDown_relay_stopsAndRetriesLater() {
    store.pending.addAll(List.of(stored(1), stored(2)));
    FakePublisher publisher =
        new FakePublisher(
            List.of(new PublishOutcome.Rejected(1, "too large"), new PublishOutcome.Published(2)));
    publisher.deadLetterOutcome = new PublishOutcome.Failed(1, "broker down");

    assertThat(relay(publisher).relayNextBatch()).isZero();
    assertThat(store.deadLettered).isEmpty();
    assertThat(store.failures).containsExactly("1: broker down");
  }

  private RelayOutboxService relay(EventPublisher publisher) {
    return new RelayOutboxService(store, publisher, Clock.fixed(NOW, ZoneOffset.UTC), 100);
  }

  private static StoredEvent stored(long position) {
    return new StoredEvent(
        position,
        new OutboundEvent(
            EventStream.TENANT_EVENTS,
            "acme",
            "id-" + position,
            URI.create("urn:test"),
            "test.type",
            null,
            NOW,
            Map.of(),
            "{}"),
        NOW,
        0);
  }

  /** Publisher that answers with prepared outcomes and records dead letters. */
  private static final class FakePublisher implements EventPublisher {
    private final List<PublishOutcome> outcomes;
    private final boolean acknowledgeAll;
    final List<String> deadLetters = new ArrayList<>();
    PublishOutcome deadLetterOutcome;

    FakePublisher(List<PublishOutcome> outcomes) {
      this(outcomes, false);
    }

    private FakePublisher(List<PublishOutcome> outcomes, boolean acknowledgeAll) {
      this.outcomes = outcomes;
      this.acknowledgeAll = acknowledgeAll;
    }

    static FakePublisher acknowledgingAll() {
      return new FakePublisher(List.of(), true);
    }

    @Override
    public List<PublishOutcome> publish(List<StoredEvent> events) {
      return acknowledgeAll
          ? events.stream()
              .map(e -> (PublishOutcome) new PublishOutcome.Published(e.position()))
              .toList()
          : outcomes;
    }

    @Override
    public PublishOutcome deadLetter(StoredEvent event, String reason) {
      deadLetters.add(event.event().id());
      return deadLetterOutcome != null
          ? deadLetterOutcome
          : new PublishOutcome.Published(event.position());
    }
  }

  /** In-memory stand-in for the relay store. */
  private static final class FakeStore implements OutboxRelayStore {
    final List<StoredEvent> pending = new ArrayList<>();
    final List<Long> published = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    final List<String> deadLettered = new ArrayList<>();

    @Override
    public void markDeadLettered(long position, String reason, Instant at) {
      deadLettered.add(position + ": " + reason);
    }

    @Override
    public List<StoredEvent> claimNext(int limit) {
      return pending.stream().filter(e -> !published.contains(e.position())).limit(limit).toList();
    }

    @Override
    public void markPublished(Collection<Long> positions, Instant at) {
      published.addAll(positions);
    }

    @Override
    public void recordFailure(long position, String reason, Instant at) {
      failures.add(position + ": " + reason);
    }

    @Override
    public Backlog backlog(Instant now) {
      Set<Long> done = Set.copyOf(published);
      return new Backlog(
          pending.stream().filter(e -> !done.contains(e.position())).count(), Duration.ZERO);
    }
  }
}
