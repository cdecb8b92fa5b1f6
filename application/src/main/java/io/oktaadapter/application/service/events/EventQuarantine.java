package io.oktaadapter.application.service.events;

import io.oktaadapter.application.port.out.events.QuarantinedDelivery;
import java.util.List;

/** Application helper: keeps events that failed validation, in the caller's transaction. */
@FunctionalInterface
public interface EventQuarantine {

  void quarantineEvents(List<QuarantinedDelivery> entries);
}
