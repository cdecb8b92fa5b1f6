package io.oktaadapter.application.port.out.messaging;

import java.util.List;

/**
 * Outbound port for publishing events transactionally: the event is stored with the state change of
 * the current transaction and published after it commits, so none is lost and none is sent for a
 * change that rolled back. Requires an active transaction.
 */
public interface Outbox {

  void append(OutboundEvent event);

  /**
   * Appends the events in the given order, in the current transaction. Adapters override this to
   * write them all in one statement.
   */
  default void appendAll(List<OutboundEvent> events) {
    events.forEach(this::append);
  }
}
