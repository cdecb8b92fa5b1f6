package io.oktaadapter.adapters.in.rest.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The failure budget per address and window, and the bound on tracked addresses. */
class AuthFailureThrottleTest {

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void budgetThenRetryAfterUntilTheWindowCloses() {
    ManualClock clock = new ManualClock();
    AuthFailureThrottle throttle = new AuthFailureThrottle(3, Duration.ofSeconds(60), 100, clock);
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.failure("10.0.0.1")).isEmpty();
    }
    clock.now = clock.now.plusSeconds(15);
    assertThat(throttle.failure("10.0.0.1")).contains(Duration.ofSeconds(45));
    assertThat(throttle.failure("10.0.0.2")).as("another address has its own budget").isEmpty();
    clock.now = clock.now.plusSeconds(45);
    assertThat(throttle.failure("10.0.0.1")).as("a new window").isEmpty();
  }

  @Test
  void trackedAddressesStayBoundedUnderManyDistinctClients() {
    ManualClock clock = new ManualClock();
    AuthFailureThrottle throttle = new AuthFailureThrottle(2, Duration.ofMinutes(1), 50, clock);
    for (int i = 0; i < 10_000; i++) {
      throttle.failure("10.0." + (i / 256) + "." + (i % 256));
      assertThat(throttle.trackedClients()).isLessThanOrEqualTo(50);
    }
    // The most recent address is tracked and keeps its budget.
    String last = "10.0.39.15";
    assertThat(throttle.failure(last)).isEmpty();
    assertThat(throttle.failure(last)).isPresent();
  }
}
