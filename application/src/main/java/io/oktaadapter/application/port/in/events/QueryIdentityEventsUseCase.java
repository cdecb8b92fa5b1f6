package io.oktaadapter.application.port.in.events;

import io.oktaadapter.application.port.out.events.IdentityEventLog.EventQuery;
import io.oktaadapter.application.port.out.events.QuarantinedDelivery;
import io.oktaadapter.application.port.out.events.StoredIdentityEvent;
import java.util.List;

/** Inbound port: shows operators recent events and quarantined deliveries. */
public interface QueryIdentityEventsUseCase {

  List<StoredIdentityEvent> recentEvents(EventQuery query);

  List<QuarantinedDelivery> quarantinedDeliveries(int limit);
}
