package io.oktaadapter.application.port.in.messaging;

import java.time.Duration;

/**
 * Inbound port (driven by a scheduler): publishes the next batch of committed outbox events. The
 * caller runs each call in its own transaction.
 */
public interface RelayOutboxUseCase {

  /**
   * @return how many events were published; 0 when nothing was claimable
   */
  int relayNextBatch();

  /**
   * @return how long the caller should wait before the next call because the broker is unreachable
   *     (the relay's circuit is open); zero when it may claim at once
   */
  default Duration pauseBeforeNextClaim() {
    return Duration.ZERO;
  }
}
