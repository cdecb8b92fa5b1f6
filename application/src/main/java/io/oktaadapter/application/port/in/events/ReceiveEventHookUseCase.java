package io.oktaadapter.application.port.in.events;

import io.oktaadapter.domain.event.EventDelivery;

/**
 * Inbound port: takes an authenticated, parsed event-hook delivery. Every new event is stored and
 * queued for publication in the caller's transaction; the caller acknowledges Okta only after that
 * transaction committed.
 */
public interface ReceiveEventHookUseCase {

  DeliveryReceipt receive(EventDelivery delivery);

  /** What became of a delivery's events. */
  record DeliveryReceipt(int accepted, int duplicates, int filtered) {}
}
