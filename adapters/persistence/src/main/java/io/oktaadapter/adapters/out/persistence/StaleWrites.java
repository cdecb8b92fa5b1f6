package io.oktaadapter.adapters.out.persistence;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

/**
 * Persistence adapter: recognises the failure of a write whose row another transaction changed (its
 * version no longer matches), so that repositories report it as a concurrent change.
 */
public final class StaleWrites {

  private StaleWrites() {}

  /** Whether the failure, or one of its causes, is Hibernate's or JPA's optimistic-lock failure. */
  public static boolean isStale(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
