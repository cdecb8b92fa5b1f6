package io.oktaadapter.bootstrap.jobs;

import io.oktaadapter.application.port.in.aliases.VerifyAliasUseCase;
import io.oktaadapter.bootstrap.wiring.AdapterConfig;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Background worker: looks up the challenge of pending alias claims until they are proven or expire
 * (expired claims are dropped). Safe on every replica: due claims are taken with {@code FOR UPDATE
 * SKIP LOCKED} and pushed back by the check interval, so two replicas never check one claim at
 * once, and the first proof of a host drops every other claim of it.
 */
@ApplicationScoped
class AliasClaimCheckJob {

  private final VerifyAliasUseCase aliases;
  private final AdapterConfig config;

  AliasClaimCheckJob(VerifyAliasUseCase aliases, AdapterConfig config) {
    this.aliases = aliases;
    this.config = config;
  }

  @Scheduled(
      every = "${okta-adapter.aliases.check-interval:1m}",
      delayed = "5s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void check() {
    if (!config.aliases().checkEnabled()) {
      return;
    }
    try {
      int verified = aliases.checkDue(config.aliases().checkBatchSize());
      if (verified > 0) {
        Log.infof("%d alias claim(s) verified over DNS", verified);
      }
    } catch (RuntimeException e) {
      Log.warnf("Alias claim check failed: %s", e.getMessage());
    }
  }
}
