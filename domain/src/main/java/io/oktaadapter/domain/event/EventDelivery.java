package io.oktaadapter.domain.event;

import io.oktaadapter.domain.InvalidFieldException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Value object: one event-hook delivery (a POST from Okta), with the envelope's metadata.
 *
 * @param deliveryId the envelope's {@code eventId}; Okta repeats it on its one retry
 * @param source the envelope's {@code source}: {@code https://{org}/api/v1/eventHooks/{hookId}}
 * @param events the valid events, to be stored
 * @param rejected the events that failed validation, each to be quarantined on its own
 */
public record EventDelivery(
    String deliveryId,
    String source,
    Instant receivedAt,
    List<OktaEvent> events,
    List<RejectedEvent> rejected) {

  public static final int MAX_EVENTS = 1000;

  public EventDelivery {
    Objects.requireNonNull(receivedAt, "receivedAt");
    events = List.copyOf(Objects.requireNonNull(events, "events"));
    rejected = rejected == null ? List.of() : List.copyOf(rejected);
    if (events.isEmpty() && rejected.isEmpty()) {
      throw new InvalidFieldException("data.events", "must hold at least one event");
    }
    if (events.size() + rejected.size() > MAX_EVENTS) {
      throw new InvalidFieldException("data.events", "must hold at most " + MAX_EVENTS + " events");
    }
    if (deliveryId != null && deliveryId.length() > 100) {
      throw new InvalidFieldException("eventId", "must be at most 100 characters long");
    }
    if (source != null && source.length() > 1000) {
      throw new InvalidFieldException("source", "must be at most 1000 characters long");
    }
  }

  /** A delivery whose events are all valid. */
  public EventDelivery(
      String deliveryId, String source, Instant receivedAt, List<OktaEvent> events) {
    this(deliveryId, source, receivedAt, events, List.of());
  }

  /**
   * The Okta org the delivery came from ({@code https://acme.okta.com}), read from the envelope's
   * source, or null when the source is missing or not a URL.
   */
  public String orgUrl() {
    if (source == null) {
      return null;
    }
    try {
      java.net.URI uri = java.net.URI.create(source);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      return uri.getScheme()
          + "://"
          + uri.getHost()
          + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
