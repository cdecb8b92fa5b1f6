package io.oktaadapter.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Baseline: the durable single-row insert-transaction ceiling of a PostgreSQL server at a given
 * concurrency (autocommit, synchronous commit as configured on the server).
 */
final class PostgresCeiling {

  private PostgresCeiling() {}

  static double transactionsPerSecond(
      String url, String user, String password, int concurrency, Duration duration)
      throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(
          "create table if not exists bench_ceiling (id bigint generated always as identity"
              + " primary key, payload text not null, at timestamptz not null default now())");
      s.execute("truncate bench_ceiling");
    }
    AtomicLong done = new AtomicLong();
    long end = System.nanoTime() + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      Thread t =
          new Thread(
              () -> {
                try (Connection c = DriverManager.getConnection(url, user, password);
                    PreparedStatement insert =
                        c.prepareStatement("insert into bench_ceiling (payload) values (?)")) {
                  c.setAutoCommit(true);
                  while (System.nanoTime() < end) {
                    insert.setString(1, "{\"uuid\":\"" + done.get() + "\"}");
                    insert.executeUpdate();
                    done.incrementAndGet();
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("drop table bench_ceiling");
    }
    return done.get() / (duration.toMillis() / 1000.0);
  }
}
