package io.oktaadapter.adapters.out.persistence.outbox;

import io.agroal.api.AgroalDataSource;
import io.oktaadapter.application.port.out.messaging.OutboxSignal;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Persistence adapter: wakes idle relays through PostgreSQL's LISTEN/NOTIFY. Every outbox append
 * notifies the channel in its transaction, so the notification arrives when (and only if) the
 * transaction commits, on every replica. One listener thread holds one connection; relays wait on a
 * monitor. Without notifications (connection lost) the relays fall back to their poll interval.
 */
@ApplicationScoped
class PgOutboxSignal implements OutboxSignal {

  static final String CHANNEL = "okta_adapter_outbox";

  private final AgroalDataSource dataSource;
  private final Semaphore wakeUps = new Semaphore(0);
  private volatile boolean running = true;
  private Thread listener;

  PgOutboxSignal(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean awaitEvents(Duration max) throws InterruptedException {
    startListenerOnce();
    return wakeUps.tryAcquire(max.toNanos(), TimeUnit.NANOSECONDS);
  }

  private synchronized void startListenerOnce() {
    if (listener == null) {
      listener = new Thread(this::listen, "outbox-listen");
      listener.setDaemon(true);
      listener.start();
    }
  }

  private void listen() {
    while (running) {
      try (Connection connection = dataSource.getConnection()) {
        try (Statement s = connection.createStatement()) {
          s.execute("listen " + CHANNEL);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications(1000);
          if (notifications != null && notifications.length > 0) {
            wake();
          }
        }
      } catch (SQLException e) {
        if (running) {
          Log.debugf("Outbox listener lost its connection, reconnecting: %s", e.getMessage());
          wake();
          sleepQuietly();
        }
      }
    }
  }

  /** Coalesces a burst of notifications into one wake-up of one idle relay. */
  private void wake() {
    if (wakeUps.availablePermits() == 0) {
      wakeUps.release();
    }
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @PreDestroy
  void stop() {
    running = false;
    if (listener != null) {
      listener.interrupt();
    }
  }
}
