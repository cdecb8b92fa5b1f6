package io.oktaadapter.application.service.events;

import io.oktaadapter.application.port.in.events.RedeliverEventsUseCase;
import io.oktaadapter.application.port.out.events.IdentityEventLog;
import io.oktaadapter.application.port.out.events.StoredIdentityEvent;
import io.oktaadapter.application.port.out.events.TenantLookup;
import io.oktaadapter.application.port.out.messaging.Outbox;
import io.oktaadapter.domain.Validation;
import java.util.List;
import java.util.Objects;

/**
 * Use case: queues stored events for publication again, with the same CloudEvents id and the
 * extension {@code redelivered=true}, in the caller's transaction.
 */
public final class RedeliverEventsService implements RedeliverEventsUseCase {

  public static final int MAX_EVENTS = 10_000;

  private final IdentityEventLog log;
  private final Outbox outbox;
  private final IdentityEventCloudEvents cloudEvents;

  public RedeliverEventsService(
      IdentityEventLog log, Outbox outbox, TenantLookup tenants, EventHookSettings settings) {
    this.log = Objects.requireNonNull(log);
    this.outbox = Objects.requireNonNull(outbox);
    this.cloudEvents = new IdentityEventCloudEvents(tenants, settings);
  }

  @Override
  public int redeliver(RedeliveryRequest request) {
    Validation v = new Validation();
    if (!request.from().isBefore(request.to())) {
      v.reject("to", "must be after from");
    }
    if (request.limit() < 1 || request.limit() > MAX_EVENTS) {
      v.reject("limit", "must be between 1 and " + MAX_EVENTS);
    }
    v.throwIfInvalid();
    List<StoredIdentityEvent> events =
        log.receivedBetween(request.from(), request.to(), request.eventTypes(), request.limit());
    events.forEach(e -> outbox.append(cloudEvents.toCloudEvent(e.event(), e.orgUrl(), true)));
    return events.size();
  }
}
