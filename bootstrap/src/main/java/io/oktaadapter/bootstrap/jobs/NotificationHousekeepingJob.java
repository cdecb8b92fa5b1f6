package io.oktaadapter.bootstrap.jobs;

import io.oktaadapter.application.port.in.notification.NotifyHookSecretRotationDueUseCase;
import io.oktaadapter.application.port.in.notification.PurgeSentNotificationsUseCase;
import io.oktaadapter.bootstrap.wiring.AdapterConfig;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Background worker: checks the age of the hook secrets and queues a "rotation due" notification,
 * and deletes sent notifications past their retention. Safe on every replica: the notification's
 * dedup key (hook and secret version) keeps it single, and the deletes are idempotent.
 */
@ApplicationScoped
class NotificationHousekeepingJob {

  private final NotifyHookSecretRotationDueUseCase check;
  private final PurgeSentNotificationsUseCase purge;
  private final AdapterConfig config;

  NotificationHousekeepingJob(
      NotifyHookSecretRotationDueUseCase check,
      PurgeSentNotificationsUseCase purge,
      AdapterConfig config) {
    this.check = check;
    this.purge = purge;
    this.config = config;
  }

  @Scheduled(
      every = "${okta-adapter.notifications.rotation-check-interval:1h}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void checkAge() {
    try {
      int due = QuarkusTransaction.requiringNew().call(check::checkRotationDue);
      if (due > 0) {
        Log.infof("%d hook secret(s) due for rotation", due);
      }
    } catch (RuntimeException e) {
      Log.warnf("Hook secret age check failed: %s", e.getMessage());
    }
    try {
      int deleted =
          QuarkusTransaction.requiringNew()
              .call(() -> purge.purgeSentOlderThan(config.notifications().retention()));
      if (deleted > 0) {
        Log.infof("Notification retention deleted %d sent notification(s)", deleted);
      }
    } catch (RuntimeException e) {
      Log.warnf("Notification retention failed: %s", e.getMessage());
    }
  }
}
