package io.oktaadapter.bootstrap.jobs;

import io.oktaadapter.application.port.in.users.ClearQueuedSessionsUseCase;
import io.oktaadapter.bootstrap.wiring.AdapterConfig;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Background worker: carries out the session clean-ups the event-hook rule queued. Safe on every
 * replica at once: rows are leased with {@code FOR UPDATE SKIP LOCKED}, so each is worked on by one
 * replica at a time; a replica that dies leaves its rows to others when the lease runs out.
 */
@ApplicationScoped
class SessionCleanupJob {

  private final ClearQueuedSessionsUseCase cleanups;
  private final int batchSize;

  SessionCleanupJob(ClearQueuedSessionsUseCase cleanups, AdapterConfig config) {
    this.cleanups = cleanups;
    this.batchSize = config.sessions().cleanupBatchSize();
  }

  @Scheduled(
      every = "${okta-adapter.sessions.cleanup-poll-interval:1s}",
      delayed = "2s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void clearDue() {
    try {
      while (cleanups.clearDue(batchSize) == batchSize) {
        // a full batch: there may be more due right away
      }
    } catch (RuntimeException e) {
      Log.warnf(e, "Session clean-up pass failed; the next pass tries again");
    }
  }
}
