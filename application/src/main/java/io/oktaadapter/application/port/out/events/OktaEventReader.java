package io.oktaadapter.application.port.out.events;

import io.oktaadapter.domain.event.EventDelivery;
import io.oktaadapter.domain.event.OktaEvent;
import java.time.Instant;

/**
 * Outbound port: reads Okta's event-hook JSON into domain values, with the same rules as the hook
 * endpoint (so that a reprocessed quarantine entry goes through exactly the validation a delivery
 * goes through).
 */
public interface OktaEventReader {

  /**
   * Reads one System Log event.
   *
   * @throws io.oktaadapter.domain.InvalidFieldException naming the offending field
   */
  OktaEvent readEvent(String json);

  /**
   * Reads a delivery envelope; events that fail validation are in {@link EventDelivery#rejected()}.
   *
   * @throws io.oktaadapter.domain.InvalidFieldException when the envelope itself is unreadable
   */
  EventDelivery readDelivery(String json, Instant receivedAt);
}
