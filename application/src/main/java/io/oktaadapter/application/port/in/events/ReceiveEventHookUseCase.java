package io.oktaadapter.application.port.in.events;

import io.oktaadapter.domain.event.EventDelivery;
import java.util.List;

/**
 * Inbound port: takes an authenticated, parsed event-hook delivery. Every new valid event is stored
 * and queued for publication, and every event that failed validation is quarantined on its own, in
 * the caller's transaction; the caller acknowledges Okta only after that transaction committed.
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

  /**
   * What became of a delivery's events.
   *
   * @param quarantined events that failed validation and were quarantined on their own, in the same
   *     transaction as their neighbours
   */
  record DeliveryReceipt(int accepted, int duplicates, int filtered, int quarantined) {

    public DeliveryReceipt(int accepted, int duplicates, int filtered) {
      this(accepted, duplicates, filtered, 0);
    }
  }
}
