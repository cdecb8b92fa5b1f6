package io.oktaadapter.adapters.in.webhook;

import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Webhook adapter: runs an inline-hook decision that waits on I/O (database, outbox) on a bounded
 * pool and waits for it no longer than the internal deadline, so that Okta always gets an answer
 * before its own 3 s timeout. Decisions that only read the in-memory read model run directly.
 */
@Singleton
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

  /**
   * For decisions that wait on I/O: made on the pool, waited for until the deadline. A decision
   * with a durable effect passes the gate just before it commits: at the deadline, a decision that
   * has not reached its commit is abandoned (it rolls back) and the safe outcome is answered; one
   * that is committing is waited for a little longer (the commit grace), so that Okta is told what
   * was really done.
   */
  InlineReply decide(String typeKey, Function<CommitGate, InlineReply> decision) {
    CommitGate gate = new CommitGate();
    Future<InlineReply> future;
    try {
      future = pool.submit(() -> decision.apply(gate));
    } catch (RejectedExecutionException e) {
      return safe.reply(typeKey, "overloaded");
    }
    try {
      try {
        return future.get(config.deadline().toNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        if (gate.abandon()) {
          future.cancel(true);
          Log.warnf(
              "Inline %s hook: no decision within %s; answered the safe outcome",
              typeKey, config.deadline());
          return safe.reply(typeKey, "deadline");
        }
        return awaitCommit(typeKey, future);
      }
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

  private InlineReply awaitCommit(String typeKey, Future<InlineReply> future)
      throws ExecutionException, InterruptedException {
    try {
      return future.get(config.commitGrace().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException late) {
      // Committed (or about to) yet unanswered: Okta's own fallback may act on it too.
      Log.errorf(
          "Inline %s hook: the decision was committing at the deadline and did not finish within"
              + " the commit grace %s; answered the safe outcome although its effect may commit",
          typeKey, config.commitGrace());
      return safe.reply(typeKey, "deadline-after-commit");
    }
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }
}
