package io.oktaadapter.bootstrap.jobs;

import io.oktaadapter.application.port.in.inline.RefreshInlineReadModelUseCase;
import io.oktaadapter.bootstrap.wiring.AdapterConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;

/**
 * Background worker: keeps this replica's inline-hook read model in step with the database. Each
 * tick reads one version number and reloads only when it moved; a full reload now and then guards
 * against any change that slipped past the version.
 */
@ApplicationScoped
class InlineReadModelRefreshJob {

  private final RefreshInlineReadModelUseCase refresh;
  private final AdapterConfig config;
  private final Clock clock;
  private volatile Instant lastFull = Instant.EPOCH;

  InlineReadModelRefreshJob(
      RefreshInlineReadModelUseCase refresh, AdapterConfig config, Clock clock) {
    this.refresh = refresh;
    this.config = config;
    this.clock = clock;
  }

  void loadAtStartup(@Observes StartupEvent event) {
    tick();
  }

  @Scheduled(
      every = "${okta-adapter.inline-read-model.poll-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    Instant now = clock.instant();
    boolean force = now.isAfter(lastFull.plus(config.inlineReadModel().fullReloadInterval()));
    try {
      if (refresh.refresh(force)) {
        Log.debugf("Inline-hook read model reloaded%s", force ? " (periodic full reload)" : "");
      }
      if (force) {
        lastFull = now;
      }
    } catch (RuntimeException e) {
      // Decisions keep using the last snapshot; the next tick tries again.
      Log.warnf("Inline-hook read model not refreshed: %s", e.getMessage());
    }
  }
}
