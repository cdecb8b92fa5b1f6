package io.oktaadapter.application.service.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.in.events.ReceiveEventHookUseCase.DeliveryReceipt;
import io.oktaadapter.application.port.out.events.IdentityEventLog;
import io.oktaadapter.application.port.out.events.QuarantinedDelivery;
import io.oktaadapter.application.port.out.events.StoredIdentityEvent;
import io.oktaadapter.application.port.out.messaging.EventStream;
import io.oktaadapter.application.port.out.messaging.OutboundEvent;
import io.oktaadapter.domain.event.EventDelivery;
import io.oktaadapter.domain.event.EventParty;
import io.oktaadapter.domain.event.OktaEvent;
import io.oktaadapter.domain.event.RejectedEvent;
import io.oktaadapter.domain.tenant.TenantKey;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiveEventHookServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  private final FakeLog log = new FakeLog();
  private final List<OutboundEvent> outbox = new ArrayList<>();

  @Test
  void givenNewEvents_receive_storesAndQueuesEachAsCloudEvent() {
    ReceiveEventHookService service = service(List.of(), Optional.empty());

    DeliveryReceipt receipt = service.receive(delivery(event("e1", "user.session.start", "00uA")));

    assertThat(receipt).isEqualTo(new DeliveryReceipt(1, 0, 0));
    OutboundEvent ce = outbox.get(0);
    assertThat(ce.stream()).isEqualTo(EventStream.IDENTITY_EVENTS);
    assertThat(ce.id()).isEqualTo("e1");
    assertThat(ce.type()).isEqualTo("com.okta.user.session.start");
    assertThat(ce.source()).isEqualTo(URI.create("https://acme.okta.com"));
    assertThat(ce.key()).isEqualTo("00uA");
    assertThat(ce.subject()).isEqualTo("00uA");
    assertThat(ce.extensions()).isEmpty();
  }

  @Test
  void givenEventSeenBefore_receive_countsDuplicateAndQueuesNothing() {
    ReceiveEventHookService service = service(List.of(), Optional.empty());
    service.receive(delivery(event("e1", "user.session.start", "00uA")));

    DeliveryReceipt receipt =
        service.receive(
            delivery(
                event("e1", "user.session.start", "00uA"),
                event("e2", "user.session.end", "00uA")));

    assertThat(receipt).isEqualTo(new DeliveryReceipt(1, 1, 0));
    assertThat(outbox).extracting(OutboundEvent::id).containsExactly("e1", "e2");
  }

  @Test
  void givenTypeFilter_receive_storesButDoesNotQueueOtherTypes() {
    ReceiveEventHookService service = service(List.of("user.lifecycle.*"), Optional.empty());

    DeliveryReceipt receipt =
        service.receive(
            delivery(
                event("e1", "user.lifecycle.deactivate", "00uA"),
                event("e2", "user.session.start", "00uA")));

    assertThat(receipt).isEqualTo(new DeliveryReceipt(1, 0, 1));
    assertThat(log.stored).containsExactlyInAnyOrder("e1", "e2");
    assertThat(outbox).extracting(OutboundEvent::id).containsExactly("e1");
  }

  @Test
  void givenTargetOwnedByTenant_receive_addsTenantKeyExtension() {
    ReceiveEventHookService service = service(List.of(), Optional.of(TenantKey.of("acme")));

    EventParty user = new EventParty("00uA", "User", "jane@example.com", "Jane");
    EventParty group = new EventParty("00gUsers", "UserGroup", "acme-users", "acme-users");
    service.receive(
        delivery(
            new OktaEvent(
                "e1",
                "group.user_membership.add",
                NOW,
                user,
                List.of(user, group),
                "SUCCESS",
                "{}")));

    assertThat(outbox.get(0).extensions()).containsEntry("tenantkey", "acme");
  }

  @Test
  void givenEventAboutUsersOnly_receive_doesNotLookUpATenant() {
    ReceiveEventHookService service =
        new ReceiveEventHookService(
            log,
            outbox::add,
            ids -> {
              throw new AssertionError("no tenant look-up expected for " + ids);
            },
            new EventHookSettings(URI.create("urn:fallback"), List.of(), 100, Duration.ofDays(30)));

    service.receive(delivery(event("e1", "user.session.start", "00uA")));

    assertThat(outbox.get(0).extensions()).doesNotContainKey("tenantkey");
  }

  @Test
  void givenSeveralDeliveries_receiveAll_storesEachEventOnceAndCountsPerDelivery() {
    ReceiveEventHookService service = service(List.of(), Optional.empty());
    service.receive(delivery(event("e0", "user.session.start", "00uA")));

    List<DeliveryReceipt> receipts =
        service.receiveAll(
            List.of(
                delivery(event("e1", "user.session.start", "00uA"), event("e0", "x.y", "00uA")),
                delivery(event("e2", "user.session.end", "00uB"), event("e1", "x.y", "00uA")),
                delivery(event("e3", "user.session.start", "00uA"))));

    assertThat(receipts)
        .containsExactly(
            new DeliveryReceipt(1, 1, 0),
            new DeliveryReceipt(1, 1, 0),
            new DeliveryReceipt(1, 0, 0));
    // One write for the whole batch, first occurrences in delivery order: e1's repeat is not
    // offered twice, and e0 is offered but the log already holds it.
    assertThat(log.batches).hasSize(2);
    assertThat(log.batches.get(1)).containsExactly("e1", "e0", "e2", "e3");
    assertThat(outbox).extracting(OutboundEvent::id).containsExactly("e0", "e1", "e2", "e3");
  }

  @Test
  void givenSettingsWithExactAndPrefixTypes_publishes_matchesBoth() {
    EventHookSettings settings =
        new EventHookSettings(
            URI.create("urn:x"), List.of("user.session.start", "group.*"), 10, Duration.ofDays(1));

    assertThat(settings.publishes("user.session.start")).isTrue();
    assertThat(settings.publishes("group.user_membership.add")).isTrue();
    assertThat(settings.publishes("user.session.end")).isFalse();
  }

  @Test
  void
      givenDeliveriesWithRejectedEvents_receiveAll_storesValidOnesAndQuarantinesEachBadOneInOneWrite() {
    ReceiveEventHookService service = service(List.of(), Optional.empty());
    EventDelivery mixed =
        new EventDelivery(
            "d1",
            "https://acme.okta.com/api/v1/eventHooks/who1",
            NOW,
            List.of(event("e1", "user.session.start", "00uA")),
            List.of(
                new RejectedEvent(
                    1,
                    "e2",
                    "user.session.end",
                    "data.events[1].published",
                    "data.events[1].published: must be an ISO-8601 timestamp",
                    "{\"uuid\":\"e2\"}"),
                new RejectedEvent(
                    2, null, null, "data.events[2]", "must be a System Log event object", "42")));
    EventDelivery onlyBad =
        new EventDelivery(
            "d2",
            null,
            NOW,
            List.of(),
            List.of(
                new RejectedEvent(0, null, "x", "data.events[0].uuid", "uuid: is missing", "{}")));

    List<DeliveryReceipt> receipts = service.receiveAll(List.of(mixed, onlyBad));

    assertThat(receipts)
        .containsExactly(new DeliveryReceipt(1, 0, 0, 2), new DeliveryReceipt(0, 0, 0, 1));
    assertThat(outbox).extracting(OutboundEvent::id).containsExactly("e1");
    assertThat(log.quarantineWrites).isEqualTo(1);
    assertThat(log.quarantined)
        .extracting(
            QuarantinedDelivery::kind,
            QuarantinedDelivery::eventIndex,
            QuarantinedDelivery::eventUuid,
            QuarantinedDelivery::deliveryId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(QuarantinedDelivery.Kind.EVENT, 1, "e2", "d1"),
            org.assertj.core.groups.Tuple.tuple(QuarantinedDelivery.Kind.EVENT, 2, null, "d1"),
            org.assertj.core.groups.Tuple.tuple(QuarantinedDelivery.Kind.EVENT, 0, null, "d2"));
    assertThat(log.quarantined.get(0).reason()).contains("published");
  }

  @Test
  void givenOnlyValidEvents_receiveAll_writesNothingToTheQuarantine() {
    ReceiveEventHookService service = service(List.of(), Optional.empty());

    service.receiveAll(List.of(delivery(event("e1", "user.session.start", "00uA"))));

    assertThat(log.quarantineWrites).isZero();
    assertThat(log.batches).hasSize(1);
  }

  private ReceiveEventHookService service(List<String> types, Optional<TenantKey> tenant) {
    return new ReceiveEventHookService(
        log,
        outbox::add,
        ids -> tenant,
        new EventHookSettings(URI.create("urn:fallback"), types, 100, Duration.ofDays(30)));
  }

  private static OktaEvent event(String uuid, String type, String userId) {
    EventParty user = new EventParty(userId, "User", "jane@example.com", "Jane");
    return new OktaEvent(
        uuid, type, NOW, user, List.of(user), "SUCCESS", "{\"uuid\":\"" + uuid + "\"}");
  }

  private static EventDelivery delivery(OktaEvent... events) {
    return new EventDelivery(
        "d1", "https://acme.okta.com/api/v1/eventHooks/who1", NOW, List.of(events));
  }

  /** In-memory event log: de-duplicates by uuid like the real one. */
  private static final class FakeLog implements IdentityEventLog {
    final Set<String> stored = new HashSet<>();
    final List<List<String>> batches = new ArrayList<>();

    @Override
    public boolean recordIfNew(OktaEvent event, EventDelivery delivery) {
      return stored.add(event.uuid());
    }

    @Override
    public Set<String> recordAllIfNew(List<ReceivedEvent> events) {
      batches.add(events.stream().map(e -> e.event().uuid()).toList());
      return IdentityEventLog.super.recordAllIfNew(events);
    }

    final List<QuarantinedDelivery> quarantined = new ArrayList<>();
    int quarantineWrites;

    @Override
    public void quarantine(QuarantinedDelivery delivery) {
      quarantined.add(delivery);
    }

    @Override
    public void quarantineAll(List<QuarantinedDelivery> entries) {
      quarantineWrites++;
      quarantined.addAll(entries);
    }

    @Override
    public Optional<QuarantinedDelivery> quarantinedForUpdate(long id) {
      return Optional.empty();
    }

    @Override
    public boolean resolveQuarantined(
        long id, QuarantinedDelivery.Status status, Instant at, String by, String resolution) {
      return false;
    }

    @Override
    public List<StoredIdentityEvent> recent(EventQuery query) {
      return List.of();
    }

    @Override
    public long countQuarantinedSince(Instant since) {
      return 0;
    }

    @Override
    public List<QuarantinedDelivery> quarantined(int limit) {
      return List.of();
    }

    @Override
    public List<StoredIdentityEvent> receivedBetween(
        Instant from, Instant to, Set<String> eventTypes, int limit) {
      return List.of();
    }

    @Override
    public int purgeReceivedBefore(Instant cutoff) {
      return 0;
    }
  }
}
