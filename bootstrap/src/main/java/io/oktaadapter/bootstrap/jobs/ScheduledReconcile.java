package io.oktaadapter.bootstrap.jobs;

import io.oktaadapter.application.port.in.provisioning.ReconcileDueTenantsUseCase;
import io.oktaadapter.bootstrap.wiring.AdapterConfig;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Background worker: queues the scheduled reconcile jobs. Every replica runs it; the repository
 * serialises replicas with a database lock, so each tenant gets one reconcile per interval.
 */
@ApplicationScoped
public class ScheduledReconcile {

  private final ReconcileDueTenantsUseCase reconcile;
  private final AdapterConfig config;

  ScheduledReconcile(ReconcileDueTenantsUseCase reconcile, AdapterConfig config) {
    this.reconcile = reconcile;
    this.config = config;
  }

  @Scheduled(
      every = "${okta-adapter.provisioning.reconcile-check:1m}",
      delayed = "${okta-adapter.provisioning.reconcile-check:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void queueDueReconciles() {
    if (!config.provisioning().scheduledReconcile()) {
      return;
    }
    try {
      int queued =
          QuarkusTransaction.requiringNew()
              .call(() -> reconcile.reconcileDue(config.provisioning().reconcileInterval()));
      if (queued > 0) {
        Log.debugf("Queued %d scheduled reconcile jobs", queued);
      }
    } catch (RuntimeException e) {
      Log.warnf("Scheduled reconcile could not queue jobs, trying again later: %s", e.getMessage());
    }
  }
}
