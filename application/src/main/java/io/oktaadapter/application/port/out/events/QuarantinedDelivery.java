package io.oktaadapter.application.port.out.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A quarantine entry, kept for operators: either a whole delivery whose envelope could not be read
 * ({@link Kind#DELIVERY}) or one event of a readable delivery that failed validation ({@link
 * Kind#EVENT}); the raw body (cut at the size limit), why it was refused, and what operators did
 * with it. Unauthenticated requests are never stored.
 *
 * @param deliveryId the envelope's eventId, for an event entry
 * @param source the envelope's source, for an event entry (the CloudEvent source on reprocessing)
 * @param eventIndex the event's position in the delivery, for an event entry
 * @param eventUuid the event's uuid as sent, when it had one
 * @param eventType the event's type as sent, when it had one
 * @param resolvedBy who reprocessed or discarded it
 * @param resolution the discard reason, or what the reprocessing stored
 */
public record QuarantinedDelivery(
    Long id,
    Instant receivedAt,
    String reason,
    String body,
    boolean truncated,
    Kind kind,
    String deliveryId,
    String source,
    Integer eventIndex,
    String eventUuid,
    String eventType,
    Status status,
    Instant resolvedAt,
    String resolvedBy,
    String resolution) {

  /** What the entry holds. */
  public enum Kind {
    /** A delivery whose envelope could not be read: refused whole with 400. */
    DELIVERY,
    /** One event of a readable delivery; its neighbours were stored. */
    EVENT
  }

  /** Where the entry stands. */
  public enum Status {
    QUARANTINED,
    /** Went through the normal path after a fix. */
    REPROCESSED,
    /** Dropped by an operator, with a reason. */
    DISCARDED
  }

  public QuarantinedDelivery {
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(body, "body");
    kind = kind == null ? Kind.DELIVERY : kind;
    status = status == null ? Status.QUARANTINED : status;
  }

  /** A whole delivery refused as unreadable, just quarantined. */
  public QuarantinedDelivery(
      Long id, Instant receivedAt, String reason, String body, boolean truncated) {
    this(
        id,
        receivedAt,
        reason,
        body,
        truncated,
        Kind.DELIVERY,
        null,
        null,
        null,
        null,
        null,
        Status.QUARANTINED,
        null,
        null,
        null);
  }
}
