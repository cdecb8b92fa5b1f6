package io.oktaadapter.application.service.events;

import io.oktaadapter.application.port.in.events.QueryIdentityEventsUseCase;
import io.oktaadapter.application.port.out.events.IdentityEventLog;
import io.oktaadapter.application.port.out.events.IdentityEventLog.EventQuery;
import io.oktaadapter.application.port.out.events.QuarantinedDelivery;
import io.oktaadapter.application.port.out.events.StoredIdentityEvent;
import java.util.List;
import java.util.Objects;

/** Use case: reads recent events and quarantined deliveries from the event log. */
public final class QueryIdentityEventsService implements QueryIdentityEventsUseCase {

  private final IdentityEventLog log;

  public QueryIdentityEventsService(IdentityEventLog log) {
    this.log = Objects.requireNonNull(log);
  }

  @Override
  public List<StoredIdentityEvent> recentEvents(EventQuery query) {
    return log.recent(query);
  }

  @Override
  public List<QuarantinedDelivery> quarantinedDeliveries(int limit) {
    return log.quarantined(Math.max(1, Math.min(limit, 500)));
  }
}
