package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.application.port.out.okta.OktaFailure;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ProcessingException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Okta REST adapter: runs every Management API call under the rate-limit governor and the
 * concurrency cap, waits out 429s (Okta did not process the request, so repeating it is always
 * safe) and retries 5xx and timeouts only for calls that are safe to repeat.
 */
@Singleton
class OktaCalls {

  private final RateLimitGovernor governor;
  private final OktaAuthorization authorization;
  private final Semaphore concurrency;
  private final Duration maxWait;
  private final Guard retrying;

  OktaCalls(RateLimitGovernor governor, OktaAuthorization authorization, OktaConfig config) {
    this.governor = governor;
    this.authorization = authorization;
    this.concurrency = new Semaphore(config.rateLimit().maxConcurrency(), true);
    this.maxWait = config.rateLimit().maxWait();
    this.retrying =
        Guard.create()
            .withRetry()
            .maxRetries(config.retries())
            .delay(200, ChronoUnit.MILLIS)
            .jitter(100, ChronoUnit.MILLIS)
            .retryOn(OktaFailure.Transient.class)
            .done()
            .build();
  }

  /** A call Okta may receive twice with the same effect (GET, PUT, DELETE, lifecycle). */
  <T> T repeatable(OktaBucket bucket, Supplier<T> call) {
    return retrying.get(() -> governed(bucket, call), anyType());
  }

  /** A repeatable call without a result. */
  void repeatable(OktaBucket bucket, Runnable call) {
    repeatable(
        bucket,
        () -> {
          call.run();
          return Boolean.TRUE;
        });
  }

  /** A create Okta must not receive twice: not retried after a 5xx or timeout. */
  <T> T once(OktaBucket bucket, Supplier<T> call) {
    return governed(bucket, call);
  }

  /**
   * A create the adapter can look for: after a 5xx or timeout it first asks whether the earlier
   * attempt created the resource after all, and only creates again when it did not.
   */
  <T> T createOrFind(OktaBucket bucket, Supplier<T> create, Supplier<Optional<T>> lookup) {
    AtomicBoolean attempted = new AtomicBoolean();
    Supplier<T> attempt =
        () -> {
          if (attempted.getAndSet(true)) {
            Optional<T> created = lookup.get();
            if (created.isPresent()) {
              return created.get();
            }
          }
          return governed(bucket, create);
        };
    return retrying.get(attempt, anyType());
  }

  private <T> T governed(OktaBucket bucket, Supplier<T> call) {
    long deadline = System.nanoTime() + maxWait.toNanos();
    while (true) {
      start(bucket, deadline);
      try {
        authorization.header();
        return call.get();
      } catch (OktaFailure.RateLimited e) {
        if (System.nanoTime() >= deadline) {
          throw e;
        }
        Log.debugf("Okta rate limit on %s; waiting for the reset", bucket);
      } catch (ProcessingException e) {
        throw translate(e);
      } finally {
        governor.finish(bucket);
        concurrency.release();
      }
    }
  }

  /** Waits until both the concurrency cap and the bucket's governor let a call start. */
  private void start(OktaBucket bucket, long deadline) {
    while (true) {
      acquireSlot();
      Duration wait = governor.tryStart(bucket);
      if (wait.isZero()) {
        return;
      }
      concurrency.release();
      long left = deadline - System.nanoTime();
      if (wait.toNanos() > left) {
        throw new OktaFailure.RateLimited(
            "Okta's " + bucket.tag() + " rate limit leaves no room within " + maxWait,
            null,
            null,
            Instant.now().plus(wait));
      }
      sleep(wait);
    }
  }

  private void acquireSlot() {
    try {
      concurrency.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OktaFailure.Transient("interrupted while waiting to call Okta", null, null);
    }
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(Math.max(1, wait.toMillis()), 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OktaFailure.Transient(
          "interrupted while waiting for Okta's rate limit", null, null);
    }
  }

  private static RuntimeException translate(ProcessingException e) {
    if (e.getCause() instanceof OktaFailure failure) {
      return failure;
    }
    String cause = e.getCause() == null ? e.getClass().getSimpleName() : e.getCause().toString();
    return new OktaFailure.Transient("Okta did not answer: " + cause, null, null);
  }

  @SuppressWarnings("unchecked")
  private static <T> Class<T> anyType() {
    return (Class<T>) Object.class;
  }
}
