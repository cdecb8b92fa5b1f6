package io.oktaadapter.bootstrap.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.oktaadapter.application.port.in.notification.DeliverNotificationsUseCase;
import io.oktaadapter.application.port.in.notification.DeliverNotificationsUseCase.Backlog;
import io.oktaadapter.bootstrap.wiring.AdapterConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Background worker: mails due notifications. Safe on every replica at once: each claim leases
 * disjoint rows ({@code SKIP LOCKED}). Its own scheduler thread, so a slow or absent SMTP server
 * delays mails only, never provisioning or hooks. Publishes the backlog as gauges.
 */
@ApplicationScoped
class NotificationDeliveryJob {

  private final DeliverNotificationsUseCase deliver;
  private final AdapterConfig config;
  private final MeterRegistry metrics;
  private final AtomicReference<Backlog> backlog = new AtomicReference<>(new Backlog(0, 0));
  private Counter rounds;

  NotificationDeliveryJob(
      DeliverNotificationsUseCase deliver, AdapterConfig config, MeterRegistry metrics) {
    this.deliver = deliver;
    this.config = config;
    this.metrics = metrics;
  }

  void start(@Observes StartupEvent event) {
    Gauge.builder("okta_adapter_notifications", backlog, b -> b.get().pending())
        .tag("status", "pending")
        .description("Notification mails waiting to be sent (including those being retried)")
        .register(metrics);
    Gauge.builder("okta_adapter_notifications", backlog, b -> b.get().failed())
        .tag("status", "failed")
        .description("Notification mails given up after their last attempt")
        .register(metrics);
    rounds =
        Counter.builder("okta_adapter_notification_claims_total")
            .description("Notifications claimed for sending (one per attempt)")
            .register(metrics);
  }

  @Scheduled(
      every = "${okta-adapter.notifications.poll-interval:5s}",
      delayed = "2s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void deliverDue() {
    if (!config.notifications().workerEnabled()) {
      return;
    }
    try {
      int claimed;
      do {
        claimed = deliver.deliverDue();
        if (rounds != null) {
          rounds.increment(claimed);
        }
      } while (claimed >= config.notifications().batchSize());
      backlog.set(deliver.backlog());
    } catch (RuntimeException e) {
      // E.g. the database is down: the rows stay and are claimed again later.
      Log.warnf("Notification delivery round failed: %s", e.getMessage());
    }
  }
}
