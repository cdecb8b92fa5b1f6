package io.oktaadapter.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PostgreSQL's share of a 1-event delivery with no application around it: a minimal JDBC client
 * does only the writes that the event-hook design requires, in the shape the application sends
 * them. Each transaction stores {@code perCommit} events with one multi-row insert into a copy of
 * {@code okta_event} and one into a copy of {@code outbox_event} (same columns, indexes and
 * identity), then commits; every {@code perMark} stored events are marked published with one
 * update, as the relay does after Kafka acknowledged them. What is left out is the relay's claim
 * (two reads per batch), so this is a floor: the real path costs PostgreSQL more.
 */
final class PostgresFloor {

  private static final String EVENT_INSERT =
      "insert into bench_floor_event (uuid, event_type, published, actor, targets,"
          + " outcome_result, data, delivery_id, org_url, received_at) select * from"
          + " unnest(?::varchar[], ?::varchar[], ?::timestamptz[], ?::text[], ?::text[],"
          + " ?::varchar[], ?::text[], ?::varchar[], ?::varchar[], ?::timestamptz[]) on conflict"
          + " (uuid) do nothing returning uuid";
  private static final String OUTBOX_INSERT =
      "insert into bench_floor_outbox (stream, partition_key, bucket, event_id, event_source,"
          + " event_type, event_subject, event_time, extensions, data, created_at) select * from"
          + " unnest(?::varchar[], ?::varchar[], ?::smallint[], ?::varchar[], ?::varchar[],"
          + " ?::varchar[], ?::varchar[], ?::timestamptz[], ?::text[], ?::text[],"
          + " ?::timestamptz[]) returning position";
  private static final String MARK =
      "update bench_floor_outbox set published_at = ? where position = any(?)";

  private PostgresFloor() {}

  /** Events stored per second, with the server's CPU per event. */
  record Result(double eventsPerSecond, double postgresCpuMillisPerEvent) {}

  static Result measure(
      PostgresLogin db,
      ProcessCpu cpu,
      int concurrency,
      Duration duration,
      int perCommit,
      int perMark)
      throws Exception {
    try (Connection c = db.open();
        Statement s = c.createStatement()) {
      s.execute("drop table if exists bench_floor_event, bench_floor_outbox");
      s.execute("create table bench_floor_event (like okta_event including all)");
      s.execute("create table bench_floor_outbox (like outbox_event including all)");
    }
    AtomicLong stored = new AtomicLong();
    double pgStart = cpu.postgresMillis();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    List<Exception> failures = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      int worker = i;
      Thread t =
          new Thread(
              () -> {
                try {
                  run(db, worker, end, perCommit, perMark, stored);
                } catch (Exception e) {
                  synchronized (failures) {
                    failures.add(e);
                  }
                }
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double pgCpu = cpu.postgresMillis() - pgStart;
    try (Connection c = db.open();
        Statement s = c.createStatement()) {
      s.execute("drop table bench_floor_event, bench_floor_outbox");
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    long n = stored.get();
    return new Result(n / seconds, n == 0 ? 0 : pgCpu / n);
  }

  private static void run(
      PostgresLogin db, int worker, long end, int perCommit, int perMark, AtomicLong stored)
      throws Exception {
    try (Connection c = db.open();
        PreparedStatement events = c.prepareStatement(EVENT_INSERT);
        PreparedStatement outbox = c.prepareStatement(OUTBOX_INSERT);
        PreparedStatement mark = c.prepareStatement(MARK)) {
      List<Long> unmarked = new ArrayList<>();
      long seq = 0;
      while (System.nanoTime() < end) {
        c.setAutoCommit(false);
        String[][] e = new String[10][perCommit];
        String[][] o = new String[11][perCommit];
        String now = Instant.now().toString();
        for (int k = 0; k < perCommit; k++) {
          String uuid = "floor-" + worker + "-" + seq++;
          String user = "00ufloor" + (worker * 31 + seq % 97);
          String json = event(uuid, user, now);
          String party = "{\"id\":\"" + user + "\",\"type\":\"User\"}";
          String[] eventRow = {
            uuid,
            "user.session.start",
            now,
            party,
            "[" + party + "]",
            "SUCCESS",
            json,
            "delivery-" + uuid,
            "https://bench.okta.com",
            now
          };
          String[] outboxRow = {
            "IDENTITY_EVENTS",
            user,
            Integer.toString(Math.floorMod(user.hashCode(), 16)),
            uuid,
            "https://bench.okta.com",
            "com.okta.user.session.start",
            user,
            now,
            "{}",
            json,
            now
          };
          for (int col = 0; col < 10; col++) {
            e[col][k] = eventRow[col];
          }
          for (int col = 0; col < 11; col++) {
            o[col][k] = outboxRow[col];
          }
        }
        bind(c, events, e);
        events.executeQuery().close();
        bind(c, outbox, o);
        try (ResultSet rs = outbox.executeQuery()) {
          while (rs.next()) {
            unmarked.add(rs.getLong(1));
          }
        }
        c.commit();
        c.setAutoCommit(true);
        stored.addAndGet(perCommit);
        if (unmarked.size() >= perMark) {
          mark.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
          Array positions = c.createArrayOf("bigint", unmarked.toArray(Long[]::new));
          mark.setArray(2, positions);
          mark.executeUpdate();
          unmarked.clear();
        }
      }
    }
  }

  private static void bind(Connection c, PreparedStatement s, String[][] columns) throws Exception {
    for (int col = 0; col < columns.length; col++) {
      s.setArray(col + 1, c.createArrayOf("text", columns[col]));
    }
  }

  // The System Log event of bench/lua/event-hook.lua, as the application stores it.
  private static String event(String uuid, String user, String now) {
    return "{\"uuid\":\""
        + uuid
        + "\",\"published\":\""
        + now
        + "\",\"eventType\":\"user.session.start\",\"version\":\"0\",\"severity\":\"INFO\","
        + "\"actor\":{\"id\":\""
        + user
        + "\",\"type\":\"User\",\"alternateId\":\"u@example.com\"},"
        + "\"target\":[{\"id\":\""
        + user
        + "\",\"type\":\"User\"}],"
        + "\"outcome\":{\"result\":\"SUCCESS\"},\"debugContext\":{\"debugData\":"
        + "{\"requestUri\":\"/login\"}}}";
  }
}
