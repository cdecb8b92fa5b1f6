package io.oktaadapter.application.port.out.messaging;

import java.time.Duration;

/**
 * Outbound port: lets an idle relay sleep until events were committed to the outbox (by any
 * replica), instead of polling at a fixed pace.
 */
public interface OutboxSignal {

  /**
   * Returns when new outbox events may have been committed, or after {@code max} at the latest.
   *
   * @return true when woken by a commit, false when {@code max} passed
   */
  boolean awaitEvents(Duration max) throws InterruptedException;
}
