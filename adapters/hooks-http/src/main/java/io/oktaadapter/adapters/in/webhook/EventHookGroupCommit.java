package io.oktaadapter.adapters.in.webhook;

import io.oktaadapter.application.port.in.events.ReceiveEventHookUseCase;
import io.oktaadapter.application.port.in.events.ReceiveEventHookUseCase.DeliveryReceipt;
import io.oktaadapter.domain.event.EventDelivery;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Webhook adapter: group commit of event-hook deliveries. Request threads hand their parsed
 * delivery to the writer threads (one by default); a writer takes every delivery waiting at that
 * moment (up to {@code max-batch}) and stores them all in <em>one</em> transaction, then completes
 * each request's future. A request is answered only after the transaction holding its events
 * committed, so the durability promise is unchanged (ADR 0009); what changes is that one commit
 * (one WAL flush) serves many concurrent deliveries (ADR 0017). There is no artificial wait: under
 * light load a batch holds one delivery and costs what a transaction per request cost before.
 *
 * <p>When a batch fails because the database is unavailable, every delivery of it is answered 503
 * at once (Okta retries). When it fails for another reason, its deliveries are retried one
 * transaction each, so a delivery the database refuses cannot fail the others; deliveries whose
 * request already gave up are not retried.
 *
 * <p>Fail fast: from the first batch that found the database unavailable until a probe connection
 * succeeds again, deliveries are answered 503 at once instead of each waiting for the pool's
 * acquisition timeout. The writer probes every {@code probe-interval} meanwhile (ADR 0017).
 */
@ApplicationScoped
class EventHookGroupCommit {

  private final ReceiveEventHookUseCase receive;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final int maxBatch;
  private final int writers;
  private final List<Thread> threads = new ArrayList<>();
  private final Instance<DataSource> dataSource;
  private final long probeIntervalMillis;
  private volatile boolean running = true;
  private volatile boolean started;
  private volatile boolean databaseDown;

  EventHookGroupCommit(
      ReceiveEventHookUseCase receive, HookConfig config, Instance<DataSource> dataSource) {
    this.receive = receive;
    this.dataSource = dataSource;
    this.probeIntervalMillis = config.event().groupCommit().probeInterval().toMillis();
    this.maxBatch = Math.max(1, config.event().groupCommit().maxBatch());
    this.writers = Math.max(1, config.event().groupCommit().writers());
  }

  /**
   * Queues a delivery for the next batch.
   *
   * @return completes with the receipt once the delivery's transaction committed, or exceptionally
   *     when it could not be stored
   */
  CompletableFuture<DeliveryReceipt> store(EventDelivery delivery) {
    if (!started) {
      startWritersOnce();
    }
    if (databaseDown) {
      return CompletableFuture.failedFuture(DatabaseUnavailableException.INSTANCE);
    }
    CompletableFuture<DeliveryReceipt> receipt = new CompletableFuture<>();
    queue.add(new Pending(delivery, receipt));
    return receipt;
  }

  /** Whether deliveries are currently answered 503 at once because the database is down. */
  boolean failingFast() {
    return databaseDown;
  }

  private synchronized void startWritersOnce() {
    if (!started) {
      for (int i = 1; i <= writers; i++) {
        Thread t = new Thread(this::write, "event-hook-writer-" + i);
        t.setDaemon(true);
        t.start();
        threads.add(t);
      }
      started = true;
    }
  }

  private void write() {
    List<Pending> batch = new ArrayList<>(maxBatch);
    while (running) {
      try {
        if (databaseDown) {
          probe();
          continue;
        }
        Pending first = queue.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, maxBatch - 1);
        commit(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // Never leave a request waiting because of an unexpected failure of the writer itself.
        batch.forEach(p -> p.receipt.completeExceptionally(e));
        Log.errorf(e, "Event-hook writer failed");
      } finally {
        batch.clear();
      }
    }
  }

  private void commit(List<Pending> batch) {
    List<Pending> live = batch.stream().filter(p -> !p.receipt.isDone()).toList();
    if (live.isEmpty()) {
      return;
    }
    try {
      List<EventDelivery> deliveries = live.stream().map(Pending::delivery).toList();
      List<DeliveryReceipt> receipts =
          QuarkusTransaction.requiringNew().call(() -> receive.receiveAll(deliveries));
      for (int i = 0; i < live.size(); i++) {
        live.get(i).receipt.complete(receipts.get(i));
      }
    } catch (RuntimeException e) {
      if (databaseUnavailable(e)) {
        // Without a database every retry would wait for a connection again: answer 503 now, and
        // to every delivery until a probe finds the database back.
        databaseDown = true;
        Log.warnf("Database unavailable; answering event-hook deliveries 503 until it is back");
        live.forEach(p -> p.receipt.completeExceptionally(e));
        failQueued();
        return;
      }
      if (live.size() == 1) {
        live.forEach(p -> p.receipt.completeExceptionally(e));
        return;
      }
      Log.debugf("Event-hook batch of %d failed, storing one by one: %s", live.size(), e);
      for (Pending p : live) {
        commit(List.of(p));
      }
    }
  }

  /**
   * Waits the probe interval, answers what was queued meanwhile with 503, then tries a connection;
   * when it is valid, deliveries are queued again. Without a data source bean (adapter tests) the
   * next batch is the probe.
   */
  private void probe() throws InterruptedException {
    Thread.sleep(probeIntervalMillis);
    failQueued();
    if (!dataSource.isResolvable()) {
      databaseDown = false;
      return;
    }
    try (Connection c = dataSource.get().getConnection()) {
      if (c.isValid(1)) {
        databaseDown = false;
        Log.infof("Database reachable again; event-hook deliveries are stored again");
      }
    } catch (SQLException | RuntimeException e) {
      Log.debugf("Database still unavailable: %s", e.getMessage());
    }
  }

  private void failQueued() {
    List<Pending> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(p -> p.receipt.completeExceptionally(DatabaseUnavailableException.INSTANCE));
  }

  /** A delivery answered 503 at once while the database is known to be down; no stack trace. */
  static final class DatabaseUnavailableException extends RuntimeException {
    static final DatabaseUnavailableException INSTANCE = new DatabaseUnavailableException();

    private DatabaseUnavailableException() {
      super("database unavailable", null, false, false);
    }
  }

  /** No connection, or the connection broke (SQLState class 08), or the pool had none to give. */
  static boolean databaseUnavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
        if ((state != null && state.startsWith("08")) || message.contains("acquisition timeout")) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  void stop(@Observes ShutdownEvent event) {
    running = false;
    synchronized (this) {
      threads.forEach(Thread::interrupt);
    }
    // Requests still queued get a 503; Okta retries them (against another replica).
    List<Pending> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(p -> p.receipt.completeExceptionally(new IllegalStateException("shutting down")));
  }

  private record Pending(EventDelivery delivery, CompletableFuture<DeliveryReceipt> receipt) {}
}
