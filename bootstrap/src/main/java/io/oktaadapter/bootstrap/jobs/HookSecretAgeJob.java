package io.oktaadapter.bootstrap.jobs;

import io.oktaadapter.application.port.in.notification.NotifyHookSecretRotationDueUseCase;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Background worker: checks the age of the hook secrets and queues a "rotation due" notification.
 * Safe on every replica: the notification's dedup key (hook and secret version) keeps it single.
 */
@ApplicationScoped
class HookSecretAgeJob {

  private final NotifyHookSecretRotationDueUseCase check;

  HookSecretAgeJob(NotifyHookSecretRotationDueUseCase check) {
    this.check = check;
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
  }
}
