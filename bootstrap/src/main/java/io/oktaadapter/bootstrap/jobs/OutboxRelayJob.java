package io.oktaadapter.bootstrap.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.oktaadapter.adapters.out.kafka.KafkaConfig;
import io.oktaadapter.application.port.in.messaging.RelayOutboxUseCase;
import io.oktaadapter.application.port.out.messaging.OutboxRelayStore;
import io.oktaadapter.application.port.out.messaging.OutboxSignal;
import io.oktaadapter.bootstrap.wiring.AdapterConfig;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Background worker: drains the outbox to Kafka with a few relay threads. Each batch is one
 * transaction (claim, publish, mark), so a crash between publish and commit only republishes, never
 * loses. Safe with several threads and replicas: the store's claim keeps them apart.
 */
@ApplicationScoped
public class OutboxRelayJob {

  private final RelayOutboxUseCase relay;
  private final OutboxRelayStore store;
  private final OutboxSignal signal;
  private final AdapterConfig config;
  private final MeterRegistry metrics;
  private final int transactionTimeoutSeconds;
  private final AtomicBoolean running = new AtomicBoolean();
  private ExecutorService worker;

  OutboxRelayJob(
      RelayOutboxUseCase relay,
      OutboxRelayStore store,
      OutboxSignal signal,
      AdapterConfig config,
      KafkaConfig kafka,
      MeterRegistry metrics) {
    // A relay holds its claim (transaction and bucket locks) until every send has its verdict, so
    // the transaction must outlive the longest wait for one (ADR 0003).
    this.transactionTimeoutSeconds = (int) kafka.ackTimeout().toSeconds() + 30;
    this.relay = relay;
    this.store = store;
    this.signal = signal;
    this.config = config;
    this.metrics = metrics;
  }

  void start(@Observes StartupEvent event) {
    if (!config.outbox().enabled()) {
      Log.info("Outbox relay disabled on this replica");
      return;
    }
    Gauge.builder("okta_adapter_outbox_backlog", this, job -> job.backlog().events())
        .description("Outbox events not yet published")
        .register(metrics);
    Gauge.builder(
            "okta_adapter_outbox_oldest_age_seconds",
            this,
            job -> job.backlog().oldestAge().toMillis() / 1000.0)
        .description("Age of the oldest unpublished outbox event")
        .register(metrics);
    running.set(true);
    // Dedicated threads, not the scheduler: a relay loops without pause while there is work.
    int workers = Math.max(1, Math.min(16, config.outbox().workers()));
    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
    worker =
        Executors.newFixedThreadPool(
            workers, r -> new Thread(r, "outbox-relay-" + n.incrementAndGet()));
    for (int i = 0; i < workers; i++) {
      worker.submit(this::loop);
    }
  }

  void stop(@Observes ShutdownEvent event) {
    running.set(false);
    if (worker != null) {
      worker.shutdown();
      try {
        worker.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void loop() {
    long idleMillis = config.outbox().pollInterval().toMillis();
    while (running.get()) {
      java.time.Duration pause = relay.pauseBeforeNextClaim();
      if (!pause.isZero()) {
        // The broker did not acknowledge: claim nothing until the circuit lets a probe through.
        sleep(Math.max(10, Math.min(pause.toMillis(), idleMillis)));
        continue;
      }
      int published;
      try {
        published =
            QuarkusTransaction.requiringNew()
                .timeout(transactionTimeoutSeconds)
                .call(relay::relayNextBatch);
      } catch (RuntimeException e) {
        Log.warnf("Outbox relay batch failed, retrying later: %s", e.getMessage());
        published = 0;
        sleep(Math.max(idleMillis, 1000));
      }
      // A full batch means a backlog: claim again at once. A partial batch means the relay caught
      // up with its buckets: linger, so that the next claim gathers the events of the commits
      // arriving meanwhile instead of publishing each commit's few events in a transaction of
      // their own (under steady load that made batches of about 11 events in bench/event-hooks,
      // about 40 with the linger; ADR 0003). Rows of buckets this claim did not hold are left to
      // the other relays, or to this one's next claim a linger later. An empty claim (nothing
      // this relay could lock) waits for the next commit.
      if (published == 0) {
        idle(idleMillis);
      } else if (published < config.outbox().batchSize()) {
        sleep(config.outbox().linger().toMillis());
      }
    }
  }

  private OutboxRelayStore.Backlog backlog() {
    try {
      return QuarkusTransaction.requiringNew().call(() -> store.backlog(Instant.now()));
    } catch (RuntimeException e) {
      return new OutboxRelayStore.Backlog(-1, java.time.Duration.ZERO);
    }
  }

  /** Waits for the next commit to the outbox, or the poll interval at the latest. */
  private void idle(long millis) {
    try {
      if (signal.awaitEvents(java.time.Duration.ofMillis(millis))) {
        // Linger a moment after a wake-up, so that one claim takes the events of several commits.
        Thread.sleep(config.outbox().linger().toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.set(false);
    }
  }

  private void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.set(false);
    }
  }
}
