package io.oktaadapter.adapters.out.persistence.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oktaadapter.application.port.out.messaging.EventStream;
import io.oktaadapter.application.port.out.messaging.OutboundEvent;
import io.oktaadapter.application.port.out.messaging.StoredEvent;
import java.net.URI;
import java.time.Instant;
import java.util.Map;

/** Persistence adapter: maps outbox rows to and from {@link OutboundEvent}. */
final class OutboxMapper {

  /** Number of key groups; a relay claims one group at a time. Changing it needs a migration. */
  static final int BUCKETS = 16;

  private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

  private final ObjectMapper json;

  OutboxMapper(ObjectMapper json) {
    this.json = json;
  }

  OutboxEventJpaEntity toEntity(OutboundEvent event, Instant now) {
    OutboxEventJpaEntity e = new OutboxEventJpaEntity();
    e.stream = event.stream().name();
    e.partitionKey = event.key();
    e.bucket = bucketOf(event.key());
    e.eventId = event.id();
    e.eventSource = event.source().toString();
    e.eventType = event.type();
    e.eventSubject = event.subject();
    e.eventTime = event.time();
    e.extensions = write(event.extensions());
    e.data = event.data();
    e.createdAt = now;
    return e;
  }

  StoredEvent toStored(OutboxEventJpaEntity e) {
    OutboundEvent event =
        new OutboundEvent(
            EventStream.valueOf(e.stream),
            e.partitionKey,
            e.eventId,
            URI.create(e.eventSource),
            e.eventType,
            e.eventSubject,
            e.eventTime,
            read(e.extensions),
            e.data);
    return new StoredEvent(e.position, event, e.createdAt, e.attempts);
  }

  static short bucketOf(String key) {
    return (short) Math.floorMod(key.hashCode(), BUCKETS);
  }

  private String write(Map<String, String> extensions) {
    try {
      return json.writeValueAsString(extensions);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serialises", e);
    }
  }

  private Map<String, String> read(String extensions) {
    try {
      return json.readValue(extensions, STRING_MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("outbox row holds unreadable extensions", e);
    }
  }
}
