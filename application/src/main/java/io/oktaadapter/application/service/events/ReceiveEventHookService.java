package io.oktaadapter.application.service.events;

import io.oktaadapter.application.port.in.events.ReceiveEventHookUseCase;
import io.oktaadapter.application.port.out.events.IdentityEventLog;
import io.oktaadapter.application.port.out.events.TenantLookup;
import io.oktaadapter.application.port.out.messaging.Outbox;
import io.oktaadapter.application.service.users.SessionCleanupRule;
import io.oktaadapter.domain.event.EventDelivery;
import io.oktaadapter.domain.event.OktaEvent;
import java.util.Objects;

/**
 * Use case: stores each new event of a delivery once (by uuid, across deliveries and Okta's
 * retries) and queues those the filter lets through for publication, all in the caller's
 * transaction.
 */
public final class ReceiveEventHookService implements ReceiveEventHookUseCase {

  private final IdentityEventLog log;
  private final Outbox outbox;
  private final EventHookSettings settings;
  private final IdentityEventCloudEvents cloudEvents;
  private final SessionCleanupRule sessionCleanup;

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
    this.log = Objects.requireNonNull(log);
    this.outbox = Objects.requireNonNull(outbox);
    this.settings = Objects.requireNonNull(settings);
    this.cloudEvents = new IdentityEventCloudEvents(tenants, settings);
    this.sessionCleanup = Objects.requireNonNull(sessionCleanup);
  }

  @Override
  public DeliveryReceipt receive(EventDelivery delivery) {
    int accepted = 0;
    int duplicates = 0;
    int filtered = 0;
    for (OktaEvent event : delivery.events()) {
      if (!log.recordIfNew(event, delivery)) {
        duplicates++;
        continue;
      }
      sessionCleanup.apply(event);
      if (!settings.publishes(event.eventType())) {
        filtered++;
      } else {
        outbox.append(cloudEvents.toCloudEvent(event, delivery.orgUrl(), false));
        accepted++;
      }
    }
    return new DeliveryReceipt(accepted, duplicates, filtered);
  }
}
