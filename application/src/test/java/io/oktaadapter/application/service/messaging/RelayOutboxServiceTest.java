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

  @Test
  void givenFailureOfOneKey_relay_marksTheAcknowledgedEventsOfOtherKeys() {
    store.pending.addAll(
        List.of(stored(1, "a"), stored(2, "b"), stored(3, "a"), stored(4, "b"), stored(5, "c")));
    RelayOutboxService relay =
        relay(
            new FakePublisher(
                List.of(
                    new PublishOutcome.Published(1),
                    new PublishOutcome.Failed(2, "not acknowledged"),
                    new PublishOutcome.Published(3),
                    new PublishOutcome.Published(4),
                    new PublishOutcome.Published(5))));

    assertThat(relay.relayNextBatch()).isEqualTo(3);
    // Key b's event 4 waits for event 2, so that 2 is never published after 4.
    assertThat(store.published).containsExactly(1L, 3L, 5L);
    assertThat(store.failures).containsExactly("2: not acknowledged");
  }

  @Test
  void givenBatchNotAcknowledged_relay_claimsNothingUntilTheDelayThenProbesWithOneEvent() {
    for (int i = 1; i <= 10; i++) {
      store.pending.add(stored(i));
    }
    MutableClock clock = new MutableClock();
    FailingPublisher publisher = new FailingPublisher();
    RelayOutboxService relay =
        new RelayOutboxService(
            store,
            publisher,
            clock,
            4,
            new BrokerCircuit(clock, Duration.ofSeconds(1), Duration.ofSeconds(8)));

    publisher.down = true;
    assertThat(relay.relayNextBatch()).isZero();
    assertThat(publisher.sent).hasSize(4);
    assertThat(relay.pauseBeforeNextClaim()).isEqualTo(Duration.ofSeconds(1));

    assertThat(relay.relayNextBatch()).isZero();
    assertThat(publisher.sent).as("no claim while open").hasSize(4);

    clock.advance(Duration.ofSeconds(1));
    assertThat(relay.relayNextBatch()).isZero();
    assertThat(publisher.sent).as("one-event probe").hasSize(5);
    assertThat(relay.pauseBeforeNextClaim()).as("doubled").isEqualTo(Duration.ofSeconds(2));

    clock.advance(Duration.ofSeconds(2));
    publisher.down = false;
    assertThat(relay.relayNextBatch()).as("probe acknowledged").isEqualTo(1);
    assertThat(relay.pauseBeforeNextClaim()).isZero();
    assertThat(relay.relayNextBatch()).as("closed again: full batches").isEqualTo(4);
  }

  @Test
  void givenProbesKeepFailing_delay_doublesUpToTheMaximum() {
    MutableClock clock = new MutableClock();
    BrokerCircuit circuit = new BrokerCircuit(clock, Duration.ofSeconds(1), Duration.ofSeconds(5));
    assertThat(circuit.acquire()).isEqualTo(BrokerCircuit.Permit.CLAIM);
    circuit.failed(BrokerCircuit.Permit.CLAIM);
    List<Duration> delays = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      delays.add(circuit.pause());
      clock.advance(circuit.pause());
      BrokerCircuit.Permit probe = circuit.acquire();
      assertThat(probe).isEqualTo(BrokerCircuit.Permit.PROBE);
      assertThat(circuit.acquire()).as("one probe at a time").isEqualTo(BrokerCircuit.Permit.WAIT);
      circuit.failed(probe);
    }
    assertThat(delays).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 5L, 5L);
  }

  @Test
  void givenProbeFindsNothingToPublish_nextRelay_probesAtOnce() {
    MutableClock clock = new MutableClock();
    BrokerCircuit circuit = new BrokerCircuit(clock, Duration.ofSeconds(1), Duration.ofSeconds(5));
    circuit.failed(circuit.acquire());
    clock.advance(Duration.ofSeconds(1));
    circuit.unused(circuit.acquire());

    assertThat(circuit.acquire()).isEqualTo(BrokerCircuit.Permit.PROBE);
  }

  private RelayOutboxService relay(EventPublisher publisher) {
    return new RelayOutboxService(store, publisher, Clock.fixed(NOW, ZoneOffset.UTC), 100);
  }

  private static StoredEvent stored(long position) {
    return stored(position, "acme");
  }

  private static StoredEvent stored(long position, String key) {
    return new StoredEvent(
        position,
        new OutboundEvent(
            EventStream.TENANT_EVENTS,
            key,
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

  /** A clock the test moves. */
  private static final class MutableClock extends Clock {
    private Instant now = NOW;

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  /** Publisher that acknowledges everything, or nothing while the broker is down. */
  private static final class FailingPublisher implements EventPublisher {
    final List<Long> sent = new ArrayList<>();
    boolean down;

    @Override
    public List<PublishOutcome> publish(List<StoredEvent> events) {
      events.forEach(e -> sent.add(e.position()));
      return events.stream()
          .map(
              e ->
                  down
                      ? (PublishOutcome) new PublishOutcome.Failed(e.position(), "broker down")
                      : new PublishOutcome.Published(e.position()))
          .toList();
    }

    @Override
    public PublishOutcome deadLetter(StoredEvent event, String reason) {
      return new PublishOutcome.Failed(event.position(), "unused");
    }
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
