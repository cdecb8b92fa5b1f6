package io.oktaadapter.application.port.out.messaging;

import java.util.List;

/**
 * Outbound port for the message broker: publishes events in the given order and returns once the
 * broker has acknowledged each one, or reports which could not be published.
 */
public interface EventPublisher {

  /**
   * @return the outcome per event, in the order given
   */
  List<PublishOutcome> publish(List<StoredEvent> events);

  /**
   * Publishes a note about an event the broker refused for good to the dead-letter topic of its
   * stream: the event's attributes and the reason, not its data (which stays in the database).
   */
  PublishOutcome deadLetter(StoredEvent event, String reason);

  /** What happened to one event. */
  sealed interface PublishOutcome {
    long position();

    /** The broker acknowledged the event. */
    record Published(long position) implements PublishOutcome {}

    /** The broker did not acknowledge the event (yet); it stays in the outbox and is retried. */
    record Failed(long position, String reason) implements PublishOutcome {}

    /** The broker refused the event for good (too large, invalid); retrying cannot help. */
    record Rejected(long position, String reason) implements PublishOutcome {}
  }
}
