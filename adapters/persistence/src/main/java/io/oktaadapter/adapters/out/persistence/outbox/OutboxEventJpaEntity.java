package io.oktaadapter.adapters.out.persistence.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Persistence adapter: JPA entity of one outbox row. */
@Entity
@Table(name = "outbox_event")
public class OutboxEventJpaEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long position;

  String stream;

  @Column(name = "partition_key")
  String partitionKey;

  short bucket;

  @Column(name = "event_id")
  String eventId;

  @Column(name = "event_source")
  String eventSource;

  @Column(name = "event_type")
  String eventType;

  @Column(name = "event_subject")
  String eventSubject;

  @Column(name = "event_time")
  Instant eventTime;

  String extensions;

  String data;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "published_at")
  Instant publishedAt;

  int attempts;

  @Column(name = "dead_lettered")
  boolean deadLettered;

  @Column(name = "last_error")
  String lastError;
}
