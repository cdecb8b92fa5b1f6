package io.oktaadapter.bootstrap.jobs;

import io.oktaadapter.application.port.in.provisioning.RunProvisioningJobUseCase;
import io.oktaadapter.bootstrap.wiring.AdapterConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Background worker: runs provisioning jobs. Each thread claims one job at a time under its own
 * runner name; the claim's lease keeps replicas (and threads) from running one job twice.
 */
@ApplicationScoped
public class ProvisioningJobRunner {

  private final RunProvisioningJobUseCase runJob;
  private final AdapterConfig config;
  private final AtomicBoolean running = new AtomicBoolean();
  private final String replica = UUID.randomUUID().toString().substring(0, 8);
  private ExecutorService workers;

  ProvisioningJobRunner(RunProvisioningJobUseCase runJob, AdapterConfig config) {
    this.runJob = runJob;
    this.config = config;
  }

  void start(@Observes StartupEvent event) {
    if (!config.provisioning().runnerEnabled()) {
      Log.info("Provisioning job runner disabled on this replica");
      return;
    }
    running.set(true);
    int threads = config.provisioning().runnerThreads();
    // Dedicated threads, not the scheduler: a job runs for as long as Okta takes.
    workers = Executors.newFixedThreadPool(threads, r -> new Thread(r, "provisioning-runner"));
    for (int i = 0; i < threads; i++) {
      String runner = "replica-" + replica + "-" + i;
      workers.submit(() -> loop(runner));
    }
  }

  void stop(@Observes ShutdownEvent event) {
    running.set(false);
    if (workers != null) {
      workers.shutdownNow();
      try {
        workers.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void loop(String runner) {
    long idleMillis = config.provisioning().pollInterval().toMillis();
    while (running.get()) {
      boolean ran;
      try {
        ran = runJob.runNext(runner);
      } catch (RuntimeException e) {
        // The job stays leased and is resumed when the lease runs out.
        Log.warnf(e, "Provisioning job run by %s stopped; it resumes after its lease", runner);
        ran = false;
      }
      if (!ran) {
        sleep(idleMillis);
      }
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
