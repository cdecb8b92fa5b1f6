package io.oktaadapter.adapters.in.webhook;

import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Webhook adapter: runs an inline-hook decision that waits on I/O (database, outbox) on a bounded
 * pool and waits for it no longer than the internal deadline, so that Okta always gets an answer
 * before its own 3 s timeout. Decisions that only read the in-memory read model run directly.
 */
@ApplicationScoped
class InlineDeadline {

  private final InlineHookConfig config;
  private final InlineSafeOutcomes safe;
  private final ExecutorService pool;

  InlineDeadline(InlineHookConfig config, InlineSafeOutcomes safe) {
    this.config = config;
    this.safe = safe;
    int threads = config.workerThreads();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(threads * 64),
            r -> {
              Thread t = new Thread(r, "inline-hook-decision");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * For decisions that only read memory: made on the calling thread, as a hand-over to the pool
   * would cost more than the decision; a failure still answers the safe outcome.
   */
  InlineReply decideInMemory(String typeKey, Supplier<InlineReply> decision) {
    try {
      return decision.get();
    } catch (RuntimeException e) {
      Log.errorf(
          "Inline %s hook: decision failed (%s); answered the safe outcome",
          typeKey, e.getClass().getSimpleName());
      return safe.reply(typeKey, "failure");
    }
  }

  /** For decisions that wait on I/O: made on the pool, waited for until the deadline. */
  InlineReply decide(String typeKey, Supplier<InlineReply> decision) {
    Future<InlineReply> future;
    try {
      future = pool.submit(decision::get);
    } catch (RejectedExecutionException e) {
      return safe.reply(typeKey, "overloaded");
    }
    try {
      return future.get(config.deadline().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      Log.warnf(
          "Inline %s hook: no decision within %s; answered the safe outcome",
          typeKey, config.deadline());
      return safe.reply(typeKey, "deadline");
    } catch (ExecutionException e) {
      // The cause may quote request data (a password, a code): only its type is logged.
      Log.errorf(
          "Inline %s hook: decision failed (%s); answered the safe outcome",
          typeKey, e.getCause().getClass().getSimpleName());
      return safe.reply(typeKey, "failure");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return safe.reply(typeKey, "interrupted");
    }
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }
}
