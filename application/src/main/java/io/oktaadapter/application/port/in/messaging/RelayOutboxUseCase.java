package io.oktaadapter.application.port.in.messaging;

/**
 * Inbound port (driven by a scheduler): publishes the next batch of committed outbox events. The
 * caller runs each call in its own transaction.
 */
public interface RelayOutboxUseCase {

  /**
   * @return how many events were published; 0 when nothing was claimable
   */
  int relayNextBatch();
}
