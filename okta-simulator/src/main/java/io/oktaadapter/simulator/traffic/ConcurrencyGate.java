package io.oktaadapter.simulator.traffic;

import java.util.concurrent.atomic.AtomicInteger;

/** Simulator concurrency limit: counts in-flight API requests against the configured cap. */
public final class ConcurrencyGate {
  private final TrafficSettings settings;
  private final AtomicInteger inFlight = new AtomicInteger();

  public ConcurrencyGate(TrafficSettings settings) {
    this.settings = settings;
  }

  /** Admits a request if below the cap; an admitted request must be {@link #release}d. */
  public boolean tryEnter() {
    int limit = settings.concurrencyLimit();
    while (true) {
      int current = inFlight.get();
      if (current >= limit) {
        return false;
      }
      if (inFlight.compareAndSet(current, current + 1)) {
        return true;
      }
    }
  }

  public void release() {
    inFlight.decrementAndGet();
  }

  public int inFlight() {
    return inFlight.get();
  }
}
