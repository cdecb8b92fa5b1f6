package io.oktaadapter.simulator.traffic;

import io.oktaadapter.simulator.RateBucket;
import java.util.EnumMap;
import java.util.Map;

/**
 * Simulator rate limiting: per-bucket request counters over one-minute windows of scaled time; a
 * window opens with the first request after the previous one ended, as Okta's do.
 */
public final class RateLimiter {
  private static final long WINDOW_MILLIS = 60_000;
  private final ScaledClock clock;
  private final TrafficSettings settings;
  private final Map<RateBucket, long[]> windows = new EnumMap<>(RateBucket.class);

  public RateLimiter(ScaledClock clock, TrafficSettings settings) {
    this.clock = clock;
    this.settings = settings;
  }

  /** Counts a request if the bucket has room; otherwise reports it as exhausted. */
  public synchronized RateDecision acquire(RateBucket bucket) {
    long[] window = currentWindow(bucket);
    int limit = settings.limit(bucket);
    long reset = resetSecond(window);
    if (window[1] >= limit) {
      return new RateDecision(false, limit, 0, reset);
    }
    window[1]++;
    return new RateDecision(true, limit, (int) (limit - window[1]), reset);
  }

  /** The bucket's state without counting a request. */
  public synchronized RateDecision peek(RateBucket bucket) {
    long[] window = currentWindow(bucket);
    int limit = settings.limit(bucket);
    return new RateDecision(true, limit, (int) Math.max(0, limit - window[1]), resetSecond(window));
  }

  public synchronized void reset() {
    windows.clear();
  }

  private long[] currentWindow(RateBucket bucket) {
    long now = clock.nowMillis();
    long[] window = windows.get(bucket);
    if (window == null || now >= window[0] + WINDOW_MILLIS) {
      window = new long[] {now, 0};
      windows.put(bucket, window);
    }
    return window;
  }

  private static long resetSecond(long[] window) {
    return (window[0] + WINDOW_MILLIS + 999) / 1000;
  }
}
