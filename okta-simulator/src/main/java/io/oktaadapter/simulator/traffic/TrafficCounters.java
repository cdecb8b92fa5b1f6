package io.oktaadapter.simulator.traffic;

import io.oktaadapter.simulator.TrafficStats;
import java.util.concurrent.atomic.AtomicLong;

/** Simulator observation: counts requests and rejections for benchmarks and tests. */
public final class TrafficCounters {
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private final AtomicLong concurrencyRejected = new AtomicLong();
  private final AtomicLong faults = new AtomicLong();

  void request() {
    requests.incrementAndGet();
  }

  void rateLimited() {
    rateLimited.incrementAndGet();
  }

  void concurrencyRejected() {
    concurrencyRejected.incrementAndGet();
  }

  void fault() {
    faults.incrementAndGet();
  }

  public TrafficStats snapshot() {
    return new TrafficStats(
        requests.get(), rateLimited.get(), concurrencyRejected.get(), faults.get());
  }

  public void reset() {
    requests.set(0);
    rateLimited.set(0);
    concurrencyRejected.set(0);
    faults.set(0);
  }
}
