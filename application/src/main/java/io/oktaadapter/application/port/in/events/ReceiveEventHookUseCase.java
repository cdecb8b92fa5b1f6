package io.oktaadapter.application.port.in.events;

import io.oktaadapter.domain.event.EventDelivery;
import java.util.List;

/**
 * Inbound port: takes an authenticated, parsed event-hook delivery. Every new event is stored and
 * queued for publication in the caller's transaction; the caller acknowledges Okta only after that
 * transaction committed.
 */
public interface ReceiveEventHookUseCase {

  DeliveryReceipt receive(EventDelivery delivery);

  /**
   * Takes several deliveries in the caller's one transaction (group commit: one commit for many
   * concurrent deliveries). An event repeated across the deliveries is stored once and counts as a
   * duplicate after its first occurrence.
   *
   * @return one receipt per delivery, in the given order
   */
  default List<DeliveryReceipt> receiveAll(List<EventDelivery> deliveries) {
    return deliveries.stream().map(this::receive).toList();
  }

  /** What became of a delivery's events. */
  record DeliveryReceipt(int accepted, int duplicates, int filtered) {}
}
