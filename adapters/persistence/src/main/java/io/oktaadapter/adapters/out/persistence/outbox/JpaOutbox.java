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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;
import org.postgresql.PGStatement;

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

  /**
   * All events in one statement (columns as arrays, {@code unnest ... with ordinality} keeps their
   * order, so positions follow it), with the relays' notification in the same round trip.
   */
  @Override
  @Transactional(TxType.MANDATORY)
  public void appendAll(List<OutboundEvent> events) {
    int n = events.size();
    String[][] columns = new String[11][n];
    Instant now = clock.instant();
    for (int i = 0; i < n; i++) {
      OutboxEventJpaEntity e = mapper.toEntity(events.get(i), now);
      columns[0][i] = e.stream;
      columns[1][i] = e.partitionKey;
      columns[2][i] = Short.toString(e.bucket);
      columns[3][i] = e.eventId;
      columns[4][i] = e.eventSource;
      columns[5][i] = e.eventType;
      columns[6][i] = e.eventSubject;
      columns[7][i] = e.eventTime.toString();
      columns[8][i] = e.extensions;
      columns[9][i] = e.data;
      columns[10][i] = e.createdAt.toString();
    }
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              // A data-modifying CTE always runs to completion, whatever the outer select reads.
              try (PreparedStatement s =
                  connection.prepareStatement(
                      "with appended as (insert into outbox_event (stream, partition_key, bucket,"
                          + " event_id, event_source, event_type, event_subject, event_time,"
                          + " extensions, data, created_at) select s, k, b, i, src, t, sub, tm,"
                          + " ext, d, c from unnest(?::varchar[], ?::varchar[], ?::smallint[],"
                          + " ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],"
                          + " ?::timestamptz[], ?::text[], ?::text[], ?::timestamptz[]) with"
                          + " ordinality as u(s, k, b, i, src, t, sub, tm, ext, d, c, ord) order"
                          + " by ord returning 1) select pg_notify('"
                          + PgOutboxSignal.CHANNEL
                          + "', '')")) {
                for (int c = 0; c < columns.length; c++) {
                  s.setArray(c + 1, connection.createArrayOf("text", columns[c]));
                }
                s.executeQuery().close();
              }
            });
  }

  /**
   * Two round trips, in plain JDBC (the relay's hot path; Hibernate's query translation and entity
   * loading cost more CPU than the statements themselves). The first locks buckets: pending ones
   * are found by one index probe each (the partial index on unpublished rows), visited in random
   * order so relays do not queue for the same locks, and locked until the transaction ends; the
   * materialised CTE makes PostgreSQL lock only buckets that have rows. The second reads the oldest
   * unpublished rows of the locked buckets, in position order.
   *
   * <p>They must be two statements. Under READ COMMITTED a statement sees the database as it was
   * when the statement began. Had the rows been read in the statement that takes the locks, a relay
   * could take a bucket's lock just after another relay committed that bucket's batch, and still
   * read the batch as unpublished from its older snapshot: the batch would be published twice. The
   * second statement's snapshot is taken after the locks are held, so it sees every batch committed
   * by the relays that held them before.
   */
  @Override
  @Transactional(TxType.MANDATORY)
  public List<StoredEvent> claimNext(int limit) {
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              List<Short> buckets = new ArrayList<>(BUCKETS_PER_CLAIM);
              try (PreparedStatement lock = plannedEachTime(connection, LOCK_BUCKETS)) {
                lock.setInt(1, LOCK_CLASS);
                lock.setInt(2, BUCKETS_PER_CLAIM);
                try (ResultSet rs = lock.executeQuery()) {
                  while (rs.next()) {
                    buckets.add(rs.getShort(1));
                  }
                }
              }
              if (buckets.isEmpty()) {
                return List.of();
              }
              List<StoredEvent> claimed = new ArrayList<>();
              try (PreparedStatement read = plannedEachTime(connection, READ_LOCKED)) {
                read.setArray(
                    1, connection.createArrayOf("smallint", buckets.toArray(Short[]::new)));
                read.setInt(2, limit);
                read.setInt(3, limit);
                try (ResultSet rs = read.executeQuery()) {
                  while (rs.next()) {
                    claimed.add(mapper.toStored(row(rs)));
                  }
                }
              }
              return claimed;
            });
  }

  private static final String LOCK_BUCKETS =
      "with pending as materialized (select b.bucket::smallint as bucket from generate_series(0, "
          + (OutboxMapper.BUCKETS - 1)
          + ") as b(bucket) where exists (select 1 from outbox_event o where o.bucket = b.bucket"
          + " and o.published_at is null) order by random()) select bucket from pending where"
          + " pg_try_advisory_xact_lock(?, bucket) limit ?";

  /**
   * The positions of the oldest unpublished rows of each locked bucket (one ordered probe of the
   * partial index per bucket, at most {@code limit} each), the oldest {@code limit} of those, then
   * their rows: a prefix of every bucket's queue, as per-key order needs. The work is bounded by
   * the batch, not by the backlog or the history. A plain {@code bucket = any(?) order by position}
   * lets PostgreSQL either read and sort every pending row of the buckets or walk the primary key
   * past every published row still kept; with a backlog of 400,000 rows behind 600,000 published
   * ones that took 387 ms per claim instead of 1.3 ms (docs/benchmarks.md).
   */
  private static final String READ_LOCKED =
      "select o.position, o.stream, o.partition_key, o.event_id, o.event_source, o.event_type,"
          + " o.event_subject, o.event_time, o.extensions, o.data, o.created_at, o.attempts from"
          + " outbox_event o join (select p.position from unnest(?::smallint[]) as b(bucket) cross"
          + " join lateral (select e.position from outbox_event e where e.bucket = b.bucket and"
          + " e.published_at is null order by e.position limit ?) p order by p.position limit ?)"
          + " c on c.position = o.position order by o.position";

  /**
   * Prepares one of the relay's statements so that PostgreSQL plans it at every execution, for the
   * values given, instead of caching a generic plan per connection (the JDBC driver's default after
   * five executions). The outbox starts empty: a plan cached then reads the whole table (a
   * sequential scan is cheapest for a few rows) and is kept while the table grows, until the next
   * analyze invalidates it. Measured in {@code bench/event-hooks}: the mark below took 417 ms of
   * PostgreSQL's time per 1000 deliveries with such a plan instead of about 20. Planning these
   * statements costs a fraction of a millisecond per batch, not per event.
   */
  private static PreparedStatement plannedEachTime(Connection connection, String sql)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    return statement;
  }

  private static OutboxEventJpaEntity row(ResultSet rs) throws SQLException {
    OutboxEventJpaEntity e = new OutboxEventJpaEntity();
    e.position = rs.getLong(1);
    e.stream = rs.getString(2);
    e.partitionKey = rs.getString(3);
    e.eventId = rs.getString(4);
    e.eventSource = rs.getString(5);
    e.eventType = rs.getString(6);
    e.eventSubject = rs.getString(7);
    e.eventTime = rs.getObject(8, OffsetDateTime.class).toInstant();
    e.extensions = rs.getString(9);
    e.data = rs.getString(10);
    e.createdAt = rs.getObject(11, OffsetDateTime.class).toInstant();
    e.attempts = rs.getInt(12);
    return e;
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void markPublished(Collection<Long> positions, Instant at) {
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement s =
                  plannedEachTime(
                      connection,
                      "update outbox_event set published_at = ? where position = any(?)")) {
                s.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                s.setArray(2, connection.createArrayOf("bigint", positions.toArray(Long[]::new)));
                s.executeUpdate();
              }
            });
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
