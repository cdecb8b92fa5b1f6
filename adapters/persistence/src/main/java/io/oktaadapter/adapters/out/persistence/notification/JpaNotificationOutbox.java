package io.oktaadapter.adapters.out.persistence.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oktaadapter.application.port.out.notification.Notification;
import io.oktaadapter.application.port.out.notification.NotificationKind;
import io.oktaadapter.application.port.out.notification.NotificationOutbox;
import io.oktaadapter.application.port.out.notification.NotificationQueue;
import io.oktaadapter.application.port.out.notification.QueuedNotification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Persistence adapter: the notification outbox in PostgreSQL (table {@code notification_outbox}).
 * Claims lease rows with {@code FOR UPDATE SKIP LOCKED}: replicas and threads claim disjoint rows
 * without waiting for each other, and a lease that runs out makes a row claimable again.
 */
@ApplicationScoped
class JpaNotificationOutbox implements NotificationOutbox, NotificationQueue {

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<Map<String, Object>> PAYLOAD = new TypeReference<>() {};

  private final EntityManager em;
  private final ObjectMapper json;
  private final Clock clock = Clock.systemUTC();

  JpaNotificationOutbox(EntityManager em, ObjectMapper json) {
    this.em = em;
    this.json = json;
  }

  // MANDATORY: a notification is only true together with the change it reports.
  @Override
  @Transactional(TxType.MANDATORY)
  public void enqueue(Notification n) {
    Instant now = clock.instant();
    em.createNativeQuery(
            "insert into notification_outbox (kind, recipients, language, tenant_key, payload,"
                + " dedup_key, next_attempt_at, created_at) values (:kind, :to, :language,"
                + " :tenant, :payload, :dedup, :now, :now) on conflict (dedup_key) do nothing")
        .setParameter("kind", n.kind().name())
        .setParameter("to", write(n.recipients()))
        .setParameter("language", n.language())
        .setParameter("tenant", n.values().get("tenantKey"))
        .setParameter("payload", write(Map.of("values", n.values(), "items", n.items())))
        .setParameter("dedup", n.dedupKey())
        .setParameter("now", at(now))
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  @SuppressWarnings("unchecked")
  public List<QueuedNotification> claimDue(int limit, Duration lease) {
    Instant now = clock.instant();
    List<Object[]> rows =
        em.createNativeQuery(
                "update notification_outbox n set attempts = n.attempts + 1, next_attempt_at ="
                    + " :until where n.id in (select id from notification_outbox where status ="
                    + " 'PENDING' and next_attempt_at <= :now order by next_attempt_at, id limit"
                    + " :limit for update skip locked) returning n.id, n.kind, n.recipients,"
                    + " n.language, n.payload, n.dedup_key, n.attempts")
            .setParameter("until", at(now.plus(lease)))
            .setParameter("now", at(now))
            .setParameter("limit", limit)
            .getResultList();
    return rows.stream().map(this::toQueued).toList();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void markSent(long id) {
    em.createNativeQuery(
            "update notification_outbox set status = 'SENT', sent_at = :now, last_error = null"
                + " where id = :id")
        .setParameter("now", at(clock.instant()))
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void markRetry(long id, Instant nextAttempt, String error) {
    em.createNativeQuery(
            "update notification_outbox set next_attempt_at = :next, last_error = :error"
                + " where id = :id and status = 'PENDING'")
        .setParameter("next", at(nextAttempt))
        .setParameter("error", cut(error))
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void markFailed(long id, String error) {
    em.createNativeQuery(
            "update notification_outbox set status = 'FAILED', last_error = :error where id = :id")
        .setParameter("error", cut(error))
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public int purgeSentBefore(Instant cutoff) {
    return em.createNativeQuery(
            "delete from notification_outbox where status = 'SENT' and sent_at < :cutoff")
        .setParameter("cutoff", at(cutoff))
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public Counts counts() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select (select count(*) from notification_outbox where status = 'PENDING'),"
                        + " (select count(*) from notification_outbox where status = 'FAILED')")
                .getSingleResult();
    return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
  }

  @SuppressWarnings("unchecked")
  private QueuedNotification toQueued(Object[] r) {
    Map<String, Object> payload = read((String) r[4], PAYLOAD);
    Notification n =
        new Notification(
            NotificationKind.valueOf((String) r[1]),
            read((String) r[2], STRINGS),
            (String) r[3],
            (Map<String, String>) payload.getOrDefault("values", Map.of()),
            (List<String>) payload.getOrDefault("items", List.of()),
            (String) r[5]);
    return new QueuedNotification(((Number) r[0]).longValue(), n, ((Number) r[6]).intValue());
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("notification could not be written as JSON", e);
    }
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored notification is not valid JSON", e);
    }
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String cut(String text) {
    return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
  }
}
