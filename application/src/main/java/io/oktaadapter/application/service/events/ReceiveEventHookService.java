package io.oktaadapter.application.service.events;

import io.oktaadapter.application.port.in.events.ReceiveEventHookUseCase;
import io.oktaadapter.application.port.out.events.IdentityEventLog;
import io.oktaadapter.application.port.out.events.IdentityEventLog.ReceivedEvent;
import io.oktaadapter.application.port.out.events.QuarantinedDelivery;
import io.oktaadapter.application.port.out.events.TenantLookup;
import io.oktaadapter.application.port.out.messaging.OutboundEvent;
import io.oktaadapter.application.port.out.messaging.Outbox;
import io.oktaadapter.application.service.users.SessionCleanupRule;
import io.oktaadapter.domain.event.EventDelivery;
import io.oktaadapter.domain.event.OktaEvent;
import io.oktaadapter.domain.event.RejectedEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Use case: stores each new event of a delivery once (by uuid, across deliveries and Okta's
 * retries), queues those the filter lets through for publication, and quarantines each event that
 * failed validation on its own, all in the caller's transaction.
 */
public final class ReceiveEventHookService implements ReceiveEventHookUseCase {

  private final IdentityEventLog log;
  private final Outbox outbox;
  private final EventHookSettings settings;
  private final IdentityEventCloudEvents cloudEvents;
  private final SessionCleanupRule sessionCleanup;
  private final EventQuarantine quarantine;

  public ReceiveEventHookService(
      IdentityEventLog log, Outbox outbox, TenantLookup tenants, EventHookSettings settings) {
    this(log, outbox, tenants, settings, SessionCleanupRule.DISABLED);
  }

  public ReceiveEventHookService(
      IdentityEventLog log,
      Outbox outbox,
      TenantLookup tenants,
      EventHookSettings settings,
      SessionCleanupRule sessionCleanup) {
    this(log, outbox, tenants, settings, sessionCleanup, log::quarantineAll);
  }

  /**
   * @param quarantine keeps the events that failed validation (with the quarantine alarm, see
   *     {@link QuarantineDeliveryService})
   */
  public ReceiveEventHookService(
      IdentityEventLog log,
      Outbox outbox,
      TenantLookup tenants,
      EventHookSettings settings,
      SessionCleanupRule sessionCleanup,
      EventQuarantine quarantine) {
    this.log = Objects.requireNonNull(log);
    this.outbox = Objects.requireNonNull(outbox);
    this.settings = Objects.requireNonNull(settings);
    this.cloudEvents = new IdentityEventCloudEvents(tenants, settings);
    this.sessionCleanup = Objects.requireNonNull(sessionCleanup);
    this.quarantine = Objects.requireNonNull(quarantine);
  }

  @Override
  public DeliveryReceipt receive(EventDelivery delivery) {
    return receiveAll(List.of(delivery)).get(0);
  }

  /**
   * Stores the new events of all deliveries with one write to the log and one to the outbox. The
   * first occurrence of a uuid in the list is the one that may be new; later ones are duplicates.
   * Events that failed validation are quarantined one entry each, with one more write, only when
   * there are any: an all-valid batch costs what it cost before.
   */
  @Override
  public List<DeliveryReceipt> receiveAll(List<EventDelivery> deliveries) {
    List<ReceivedEvent> candidates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (EventDelivery delivery : deliveries) {
      for (OktaEvent event : delivery.events()) {
        if (seen.add(event.uuid())) {
          candidates.add(new ReceivedEvent(event, delivery));
        }
      }
    }
    Set<String> stored = candidates.isEmpty() ? Set.of() : log.recordAllIfNew(candidates);
    List<OutboundEvent> queued = new ArrayList<>();
    List<DeliveryReceipt> receipts = new ArrayList<>(deliveries.size());
    Set<String> counted = new HashSet<>();
    List<QuarantinedDelivery> rejected = null;
    for (EventDelivery delivery : deliveries) {
      if (!delivery.rejected().isEmpty()) {
        if (rejected == null) {
          rejected = new ArrayList<>();
        }
        for (RejectedEvent r : delivery.rejected()) {
          rejected.add(quarantineEntry(delivery, r));
        }
      }
      int accepted = 0;
      int duplicates = 0;
      int filtered = 0;
      for (OktaEvent event : delivery.events()) {
        // counted.add: only the first occurrence of a new uuid counts as new.
        if (!stored.contains(event.uuid()) || !counted.add(event.uuid())) {
          duplicates++;
          continue;
        }
        sessionCleanup.apply(event);
        if (!settings.publishes(event.eventType())) {
          filtered++;
        } else {
          queued.add(cloudEvents.toCloudEvent(event, delivery.orgUrl(), false));
          accepted++;
        }
      }
      receipts.add(new DeliveryReceipt(accepted, duplicates, filtered, delivery.rejected().size()));
    }
    if (!queued.isEmpty()) {
      outbox.appendAll(queued);
    }
    if (rejected != null) {
      quarantine.quarantineEvents(rejected);
    }
    return receipts;
  }

  private QuarantinedDelivery quarantineEntry(EventDelivery delivery, RejectedEvent r) {
    String body = r.json();
    boolean truncated = body.length() > settings.quarantineBodyLimit();
    if (truncated) {
      body = body.substring(0, settings.quarantineBodyLimit());
    }
    return new QuarantinedDelivery(
        null,
        delivery.receivedAt(),
        r.describe(),
        body,
        truncated,
        QuarantinedDelivery.Kind.EVENT,
        delivery.deliveryId(),
        delivery.source(),
        r.index(),
        r.uuid(),
        r.eventType(),
        QuarantinedDelivery.Status.QUARANTINED,
        null,
        null,
        null);
  }
}
