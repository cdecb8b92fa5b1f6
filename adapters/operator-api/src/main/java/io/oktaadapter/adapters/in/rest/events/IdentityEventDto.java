package io.oktaadapter.adapters.in.rest.events;

import io.oktaadapter.application.port.out.events.StoredIdentityEvent;
import io.oktaadapter.domain.event.EventParty;
import java.time.Instant;

/** REST adapter: a received Okta event with its publication status (without the raw payload). */
public record IdentityEventDto(
    String uuid,
    String eventType,
    Instant published,
    String actorId,
    String subjectId,
    String outcome,
    String deliveryId,
    Instant receivedAt,
    String status,
    Instant publishedToKafkaAt) {

  static IdentityEventDto of(StoredIdentityEvent e) {
    EventParty actor = e.event().actor();
    return new IdentityEventDto(
        e.event().uuid(),
        e.event().eventType(),
        e.event().published(),
        actor == null ? null : actor.id(),
        e.event().subjectId().orElse(null),
        e.event().outcomeResult(),
        e.deliveryId(),
        e.receivedAt(),
        e.status().name(),
        e.publishedAt());
  }
}
