package io.oktaadapter.application.port.out.messaging;

/**
 * Outbound port for publishing events transactionally: the event is stored with the state change of
 * the current transaction and published after it commits, so none is lost and none is sent for a
 * change that rolled back. Requires an active transaction.
 */
public interface Outbox {

  void append(OutboundEvent event);
}
