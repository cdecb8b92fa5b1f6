package io.oktaadapter.bootstrap.jobs;

import io.oktaadapter.application.port.in.events.PurgeEventsUseCase;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Background worker: deletes events past their retention. Safe on every replica at once: the
 * deletes are idempotent, and a replica that finds nothing left does nothing.
 */
@ApplicationScoped
class EventRetentionJob {

  private final PurgeEventsUseCase purge;

  EventRetentionJob(PurgeEventsUseCase purge) {
    this.purge = purge;
  }

  @Scheduled(
      every = "${okta-adapter.events.purge-interval:1h}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void purgeExpired() {
    int deleted = QuarkusTransaction.requiringNew().call(purge::purgeExpired);
    if (deleted > 0) {
      Log.infof("Event retention deleted %d rows", deleted);
    }
  }
}
