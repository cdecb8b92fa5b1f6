package io.oktaadapter.application.port.out.persistence;

import java.util.function.Supplier;

/**
 * Outbound port for transactions that a use case opens itself: a background job commits each step
 * on its own, so that every recorded Okta id is durable before the next Okta call.
 */
public interface UnitOfWork {

  /** Runs {@code work} in a new transaction and commits it before returning. */
  <T> T inNewTransaction(Supplier<T> work);

  default void runInNewTransaction(Runnable work) {
    inNewTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
