package io.oktaadapter.adapters.out.okta;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.LongSupplier;

/**
 * Okta REST adapter: decides when a call to a rate-limit bucket may start, so that the adapter uses
 * at most a share of each bucket and never runs a bucket dry. Pure logic over a monotonic clock;
 * the caller waits for the returned duration and asks again.
 *
 * <p>Okta's windows last one minute and open with the first call after the previous one closed. The
 * governor learns each window's end from {@code X-Rate-Limit-Reset} minus the response's {@code
 * Date} (both in Okta's clock, so local clock skew does not matter) and spreads the window's budget
 * evenly over it. A short burst may run ahead of that even schedule (at most a fifth of the
 * budget), so that the handful of calls one provisioning job makes is not paced, while a long run
 * of calls still keeps to the schedule.
 */
final class RateLimitGovernor {

  /** Okta's rate-limit headers of one response, in Okta's epoch seconds. */
  record Observation(int limit, int remaining, long resetEpochSecond, long serverEpochSecond) {}

  private static final long WINDOW_SECONDS = 60;
  private static final long UNKNOWN = Long.MIN_VALUE;

  private final double share;
  private final double timeScale;
  private final long concurrencyBackoffNanos;
  private final LongSupplier nanoClock;
  private final Map<OktaBucket, State> states = new EnumMap<>(OktaBucket.class);

  /**
   * @param share the part of each bucket the adapter may use, in (0, 1]
   * @param timeScale how much faster Okta's clock runs than ours (1 for a real org; a simulator may
   *     compress a minute)
   * @param concurrencyBackoff how long to hold a bucket after a concurrent-limit 429
   */
  RateLimitGovernor(
      double share, double timeScale, Duration concurrencyBackoff, LongSupplier nanoClock) {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be in (0, 1], was " + share);
    }
    if (!(timeScale > 0)) {
      throw new IllegalArgumentException("time scale must be > 0, was " + timeScale);
    }
    this.share = share;
    this.timeScale = timeScale;
    this.concurrencyBackoffNanos = concurrencyBackoff.toNanos();
    this.nanoClock = nanoClock;
    for (OktaBucket bucket : OktaBucket.values()) {
      states.put(bucket, new State());
    }
  }

  /**
   * Starts a call if the bucket allows it now ({@link Duration#ZERO}); otherwise returns how long
   * to wait before asking again. A started call must be {@linkplain #finish finished}.
   */
  synchronized Duration tryStart(OktaBucket bucket) {
    State s = states.get(bucket);
    long now = nanoClock.getAsLong();
    s.rollIfEnded(now, windowNanos());
    if (now < s.blockedUntil) {
      return Duration.ofNanos(s.blockedUntil - now);
    }
    if (s.limit < 0) {
      // Nothing known yet: one probe call learns the bucket's limit and window.
      return s.inFlight > 0 ? Duration.ofMillis(5) : start(s);
    }
    int budget = budget(s.limit);
    if (s.used >= budget || s.remaining - s.inFlight <= 0) {
      return Duration.ofNanos(Math.max(1, s.windowEnd - now));
    }
    long earliest = s.windowStart + (s.used - burst(budget)) * (windowNanos() / budget);
    return now < earliest ? Duration.ofNanos(earliest - now) : start(s);
  }

  /** Ends a call started by {@link #tryStart}, whatever its outcome. */
  synchronized void finish(OktaBucket bucket) {
    State s = states.get(bucket);
    s.inFlight = Math.max(0, s.inFlight - 1);
  }

  /** Learns the bucket's state from a response's rate-limit headers. */
  synchronized void observe(OktaBucket bucket, Observation o) {
    State s = states.get(bucket);
    long now = nanoClock.getAsLong();
    if (o.limit() <= 0) {
      // Okta's concurrent-limit 429 zeroes the counters and only estimates the reset.
      s.blockedUntil = Math.max(s.blockedUntil, now + concurrencyBackoffNanos);
      return;
    }
    long end = now + toLocalNanos(Math.max(0, o.resetEpochSecond() - o.serverEpochSecond()));
    if (end <= now + toLocalNanos(1)) {
      // The answer of a call that counted in a window which has closed since.
      return;
    }
    if (s.windowEnd == UNKNOWN || end > s.windowEnd + windowNanos() / 2) {
      // A window opened that the governor had not rolled into (a call admitted late in the last
      // window opened it): count what Okta counted, plus the other calls still under way.
      s.remaining = o.remaining();
      s.used = Math.max(0, o.limit() - o.remaining()) + Math.max(0, s.inFlight - 1);
    } else {
      s.remaining = Math.min(s.remaining, o.remaining());
    }
    s.windowEnd = end;
    s.windowStart = end - windowNanos();
    s.limit = o.limit();
  }

  /** Learns that Okta refused a call of the bucket with 429: nothing more until the reset. */
  synchronized void observeRateLimited(OktaBucket bucket, Observation o) {
    observe(bucket, o);
    State s = states.get(bucket);
    if (o.limit() > 0) {
      s.remaining = 0;
    }
  }

  /** Okta's last reported remaining calls in the bucket's window, if known. */
  synchronized OptionalInt remaining(OktaBucket bucket) {
    State s = states.get(bucket);
    return s.limit < 0 ? OptionalInt.empty() : OptionalInt.of(s.remaining);
  }

  /** Calls the adapter allows itself per window of a bucket with the given limit. */
  int budget(int limit) {
    return Math.max(1, (int) Math.floor(limit * share));
  }

  /** Calls that may run ahead of the even schedule of a window with the given budget. */
  static int burst(int budget) {
    return Math.max(1, budget / 5);
  }

  private Duration start(State s) {
    s.used++;
    s.inFlight++;
    return Duration.ZERO;
  }

  private long windowNanos() {
    return toLocalNanos(WINDOW_SECONDS);
  }

  private long toLocalNanos(long serverSeconds) {
    return (long) (Duration.ofSeconds(serverSeconds).toNanos() / timeScale);
  }

  /** What the governor knows about one bucket. */
  private static final class State {
    int limit = -1;
    int remaining;
    int used;
    int inFlight;
    long windowStart = UNKNOWN;
    long windowEnd = UNKNOWN;
    long blockedUntil = Long.MIN_VALUE;

    void rollIfEnded(long now, long windowNanos) {
      if (windowEnd != UNKNOWN && now >= windowEnd) {
        // Okta opens the next window with the next call; until its answer, assume it opens now.
        // Calls still under way may count in the new window.
        used = inFlight;
        remaining = limit;
        windowStart = now;
        windowEnd = now + windowNanos;
      }
    }
  }
}
