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
    RelayOutboxService relay = relay(events -> List.of());

    assertThat(relay.relayNextBatch()).isZero();
    assertThat(store.published).isEmpty();
  }

  @Test
  void givenAcknowledgedBatch_relay_marksAllPublished() {
    store.pending.addAll(List.of(stored(1), stored(2), stored(3)));
    RelayOutboxService relay =
        relay(
            events ->
                events.stream()
                    .map(e -> (PublishOutcome) new PublishOutcome.Published(e.position()))
                    .toList());

    assertThat(relay.relayNextBatch()).isEqualTo(3);
    assertThat(store.published).containsExactly(1L, 2L, 3L);
  }

  @Test
  void givenFailureInTheMiddle_relay_marksOnlyTheEventsBeforeIt() {
    store.pending.addAll(List.of(stored(1), stored(2), stored(3)));
    RelayOutboxService relay =
        relay(
            events ->
                List.of(
                    new PublishOutcome.Published(1),
                    new PublishOutcome.Failed(2, "broker down"),
                    new PublishOutcome.Published(3)));

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
            store,
            events ->
                events.stream()
                    .map(e -> (PublishOutcome) new PublishOutcome.Published(e.position()))
                    .toList(),
            Clock.fixed(NOW, ZoneOffset.UTC),
            4);

    assertThat(relay.relayNextBatch()).isEqualTo(4);
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
        0);
  }

  /** In-memory stand-in for the relay store. */
  private static final class FakeStore implements OutboxRelayStore {
    final List<StoredEvent> pending = new ArrayList<>();
    final List<Long> published = new ArrayList<>();
    final List<String> failures = new ArrayList<>();

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
