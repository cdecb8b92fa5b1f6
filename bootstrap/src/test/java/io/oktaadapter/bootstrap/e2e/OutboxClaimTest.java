package io.oktaadapter.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.out.messaging.EventStream;
import io.oktaadapter.application.port.out.messaging.OutboundEvent;
import io.oktaadapter.application.port.out.messaging.Outbox;
import io.oktaadapter.application.port.out.messaging.OutboxRelayStore;
import io.oktaadapter.application.port.out.messaging.StoredEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The outbox claim on the real database, without Kafka: relays that commit small batches one right
 * after the other never get the same event, and take the events of one key in order. The
 * application's own background relays compete as well.
 */
@QuarkusTest
class OutboxClaimTest {

  private static final int KEYS = 64;
  private static final int PER_KEY = 30;
  private static final int RELAYS = 4;

  @Inject Outbox outbox;
  @Inject OutboxRelayStore store;
  @Inject DataSource dataSource;
  @Inject EntityManager entityManager;

  @Test
  void givenRelaysCommittingSmallBatches_claims_neverHandOutAnEventTwice() throws Exception {
    String run = UUID.randomUUID().toString();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (int i = 0; i < PER_KEY; i++) {
                for (int k = 0; k < KEYS; k++) {
                  outbox.append(event(run, k, i));
                }
              }
            });
    Map<String, Integer> claims = new ConcurrentHashMap<>();
    Map<String, List<Integer>> sequenceByKey = new ConcurrentHashMap<>();

    ExecutorService pool = Executors.newFixedThreadPool(RELAYS);
    List<Future<?>> relays = new ArrayList<>();
    for (int r = 0; r < RELAYS; r++) {
      relays.add(pool.submit(() -> drain(run, claims, sequenceByKey)));
    }
    for (Future<?> relay : relays) {
      relay.get();
    }
    pool.shutdown();

    assertThat(claims).as("claimed by the test's relays").isNotEmpty();
    assertThat(claims.entrySet())
        .as("events handed out more than once")
        .filteredOn(e -> e.getValue() > 1)
        .isEmpty();
    sequenceByKey.values().forEach(seq -> assertThat(seq).isSorted());
  }

  /**
   * A claim smaller than the backlog (about 60 rows in each bucket, 50 claimed): the claim returns
   * the oldest unpublished rows of the buckets it locked, in position order, skipping none of them,
   * and as many as the batch holds. Appended and claimed in one transaction, so the background
   * relays cannot take the rows first; rolled back at the end.
   */
  @Test
  void givenBacklogLongerThanTheBatch_claim_takesTheOldestRowsOfEachLockedBucketInOrder() {
    String run = UUID.randomUUID().toString();
    QuarkusTransaction.begin();
    try {
      for (int i = 0; i < 15; i++) {
        for (int k = 0; k < KEYS; k++) {
          outbox.append(event(run, k, i));
        }
      }
      List<StoredEvent> claimed = store.claimNext(50);

      List<Long> positions = claimed.stream().map(StoredEvent::position).toList();
      assertThat(positions).as("claimed positions").isNotEmpty().isSorted();
      long[] pendingAndSkipped = pendingAndSkippedInClaimedBuckets(positions);
      assertThat(positions)
          .as("a full batch, or every pending row of the claimed buckets")
          .hasSize((int) Math.min(50, pendingAndSkipped[0]));
      assertThat(pendingAndSkipped[1])
          .as("unpublished rows of a claimed bucket older than its newest claimed row, not claimed")
          .isZero();
    } finally {
      QuarkusTransaction.rollback();
    }
  }

  /**
   * In the claim's transaction: the unpublished rows of the claimed buckets, and those of them
   * older than their bucket's newest claimed row that the claim left out.
   */
  private long[] pendingAndSkippedInClaimedBuckets(List<Long> positions) {
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(
                    "with claimed as (select unnest(cast(:positions as bigint[])) as position), c"
                        + " as (select o.bucket, max(o.position) as newest from outbox_event o join"
                        + " claimed using (position) group by o.bucket) select count(*), count(*)"
                        + " filter (where o.position < c.newest and o.position not in (select"
                        + " position from claimed)) from outbox_event o join c on o.bucket ="
                        + " c.bucket where o.published_at is null")
                .setParameter(
                    "positions",
                    positions.stream()
                        .map(String::valueOf)
                        .collect(Collectors.joining(",", "{", "}")))
                .getSingleResult();
    return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
  }

  /** Claims, records and marks batches of three until none of the run's events is unpublished. */
  private Void drain(
      String run, Map<String, Integer> claims, Map<String, List<Integer>> sequenceByKey)
      throws SQLException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (unpublished(run) > 0) {
      assertThat(System.nanoTime()).as("drained within 60 s").isLessThan(deadline);
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                List<Long> mine = new ArrayList<>();
                for (StoredEvent claimed : store.claimNext(3)) {
                  String id = claimed.event().id();
                  if (id.startsWith(run)) {
                    mine.add(claimed.position());
                    claims.merge(id, 1, Integer::sum);
                    sequenceByKey
                        .computeIfAbsent(
                            claimed.event().key(),
                            x -> Collections.synchronizedList(new ArrayList<>()))
                        .add(Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)));
                  }
                }
                // Only the run's events: other tests' events are left to the background relays.
                if (!mine.isEmpty()) {
                  store.markPublished(mine, Instant.now());
                }
              });
    }
    return null;
  }

  private int unpublished(String run) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from outbox_event where event_id like ? and published_at is"
                    + " null")) {
      s.setString(1, run + "-%");
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static OutboundEvent event(String run, int key, int sequence) {
    return new OutboundEvent(
        EventStream.TENANT_EVENTS,
        "claim-" + key + "-" + run,
        run + "-" + key + "-" + sequence,
        URI.create("urn:okta-adapter:test"),
        "io.oktaadapter.test.claimed",
        null,
        Instant.parse("2026-11-24T10:00:00Z"),
        Map.of(),
        "{}");
  }
}
