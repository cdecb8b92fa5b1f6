package io.oktaadapter.application.port.out.events;

import io.oktaadapter.domain.event.OktaEvent;
import java.time.Instant;

/**
 * An Okta event as stored, with its delivery metadata and where its publication stands.
 *
 * @param publishedAt when Kafka acknowledged its latest publication, or null while pending
 */
public record StoredIdentityEvent(
    OktaEvent event,
    String deliveryId,
    String orgUrl,
    Instant receivedAt,
    PublicationStatus status,
    Instant publishedAt) {

  /** Where an event's publication stands. */
  public enum PublicationStatus {
    /** Waiting in the outbox. */
    PENDING,
    /** Acknowledged by Kafka. */
    PUBLISHED,
    /** Stored but not published: the event-type filter excludes it. */
    FILTERED,
    /** Could not be published and went to the dead-letter topic. */
    DEAD_LETTERED
  }
}
