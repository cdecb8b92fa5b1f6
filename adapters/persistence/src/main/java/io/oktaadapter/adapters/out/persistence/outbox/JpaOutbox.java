package io.oktaadapter.adapters.out.persistence.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.oktaadapter.application.port.out.messaging.OutboundEvent;
import io.oktaadapter.application.port.out.messaging.Outbox;
import io.oktaadapter.application.port.out.messaging.OutboxRelayStore;
import io.oktaadapter.application.port.out.messaging.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Persistence adapter: the transactional outbox in PostgreSQL. Relays claim a bucket of keys with a
 * transaction-scoped advisory lock, so replicas share the work without publishing an event twice or
 * reordering the events of one key.
 */
@ApplicationScoped
class JpaOutbox implements Outbox, OutboxRelayStore {

  /** First key of the advisory locks, so they cannot collide with other users of such locks. */
  private static final int LOCK_CLASS = 0x0A7B0;

  /**
   * Buckets one claim may hold: several, so a claim fills its batch from several keys' events
   * (fewer, larger transactions), but not all, so other relays still find work.
   */
  private static final int BUCKETS_PER_CLAIM = OutboxMapper.BUCKETS / 4;

  private static final String NOTIFIED = JpaOutbox.class.getName() + ".notified";

  private final EntityManager em;
  private final TransactionSynchronizationRegistry transactions;
  private final OutboxMapper mapper;
  private final Clock clock;

  JpaOutbox(EntityManager em, TransactionSynchronizationRegistry transactions, ObjectMapper json) {
    this.em = em;
    this.transactions = transactions;
    this.mapper = new OutboxMapper(json);
    this.clock = Clock.systemUTC();
  }

  // MANDATORY: an outbox row only makes sense in the transaction of the change it reports.
  @Override
  @Transactional(TxType.MANDATORY)
  public void append(OutboundEvent event) {
    em.persist(mapper.toEntity(event, clock.instant()));
    // Delivered to listening relays when (and only if) this transaction commits; PostgreSQL folds
    // repeated identical notifications of one transaction into one.
    em.createNativeQuery("select pg_notify('" + PgOutboxSignal.CHANNEL + "', '')")
        .getSingleResult();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  @SuppressWarnings("unchecked")
  public List<StoredEvent> claimNext(int limit) {
    // Pending buckets are found by one index probe each (the partial index on unpublished rows),
    // visited in random order so relays do not queue for the same locks, and locked until the
    // transaction ends. The materialised CTE makes PostgreSQL lock only buckets that have rows.
    List<Number> locked =
        em.createNativeQuery(
                "with pending as materialized (select b.bucket from generate_series(0, "
                    + (OutboxMapper.BUCKETS - 1)
                    + ") as b(bucket) where exists (select 1 from outbox_event o where"
                    + " o.bucket = b.bucket and o.published_at is null) order by random())"
                    + " select bucket from pending where pg_try_advisory_xact_lock(:cls, bucket)"
                    + " limit :buckets")
            .setParameter("cls", LOCK_CLASS)
            .setParameter("buckets", BUCKETS_PER_CLAIM)
            .getResultList();
    if (locked.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "from OutboxEventJpaEntity where bucket in :buckets and publishedAt is null"
                + " order by position",
            OutboxEventJpaEntity.class)
        .setParameter("buckets", locked.stream().map(Number::shortValue).toList())
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(mapper::toStored)
        .toList();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void markPublished(Collection<Long> positions, Instant at) {
    em.createQuery("update OutboxEventJpaEntity set publishedAt = :at where position in :positions")
        .setParameter("at", at)
        .setParameter("positions", positions)
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void markDeadLettered(long position, String reason, Instant at) {
    em.createQuery(
            "update OutboxEventJpaEntity set publishedAt = :at, deadLettered = true,"
                + " attempts = attempts + 1, lastError = :reason where position = :position")
        .setParameter("at", at)
        .setParameter("reason", reason.length() > 2000 ? reason.substring(0, 2000) : reason)
        .setParameter("position", position)
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void recordFailure(long position, String reason, Instant at) {
    em.createQuery(
            "update OutboxEventJpaEntity set attempts = attempts + 1, lastError = :reason"
                + " where position = :position")
        .setParameter("reason", reason.length() > 2000 ? reason.substring(0, 2000) : reason)
        .setParameter("position", position)
        .executeUpdate();
  }

  @Override
  public Backlog backlog(Instant now) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select count(*), min(created_at) from outbox_event where published_at is null")
                .getSingleResult();
    long count = ((Number) row[0]).longValue();
    Instant oldest = row[1] == null ? null : toInstant(row[1]);
    return new Backlog(count, oldest == null ? Duration.ZERO : Duration.between(oldest, now));
  }

  private static Instant toInstant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }
}
