package io.oktaadapter.adapters.out.okta;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.adapters.out.okta.RateLimitGovernor.Observation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitGovernorTest {

  private static final long T0 = 1_800_000_000L;

  private final FakeClock clock = new FakeClock();
  private final RateLimitGovernor governor =
      new RateLimitGovernor(0.5, 1.0, Duration.ofMillis(250), clock::nanos);

  @Test
  void givenNothingKnownAboutABucket_firstCall_startsAndOthersWaitForItsAnswer() {
    assertThat(governor.tryStart(OktaBucket.GROUPS)).isZero();

    assertThat(governor.tryStart(OktaBucket.GROUPS)).isPositive();
    assertThat(governor.tryStart(OktaBucket.APPS)).isZero();
  }

  @Test
  void givenLimit100AndHalfShare_callsAfterABurst_areSpacedOverTheWindow() {
    learnWindow(OktaBucket.GROUPS, 100, 99);
    // Budget 50, burst 10: the probe and ten more calls run ahead of the even schedule.
    for (int i = 0; i < 10; i++) {
      assertThat(governor.tryStart(OktaBucket.GROUPS)).as("call %d", i + 2).isZero();
    }

    assertThat(governor.tryStart(OktaBucket.GROUPS)).isEqualTo(Duration.ofMillis(1200));
    clock.advance(Duration.ofMillis(1200));
    assertThat(governor.tryStart(OktaBucket.GROUPS)).isZero();
    assertThat(governor.tryStart(OktaBucket.GROUPS)).isEqualTo(Duration.ofMillis(1200));
  }

  @Test
  void givenQuietBucket_burst_isAFifthOfTheBudgetAndAtLeastOneCall() {
    assertThat(RateLimitGovernor.burst(50)).isEqualTo(10);
    assertThat(RateLimitGovernor.burst(10)).isEqualTo(2);
    assertThat(RateLimitGovernor.burst(1)).isEqualTo(1);
  }

  @Test
  void givenBudgetUsedUp_nextCall_waitsForTheReset() {
    learnWindow(OktaBucket.APPS, 4, 3);
    clock.advance(Duration.ofSeconds(30));
    assertThat(governor.tryStart(OktaBucket.APPS)).isZero();
    governor.finish(OktaBucket.APPS);

    assertThat(governor.tryStart(OktaBucket.APPS)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void givenWindowEnded_nextCall_startsWithAFreshBudget() {
    learnWindow(OktaBucket.APPS, 4, 3);
    clock.advance(Duration.ofSeconds(30));
    governor.tryStart(OktaBucket.APPS);
    governor.finish(OktaBucket.APPS);

    clock.advance(Duration.ofSeconds(30));

    assertThat(governor.tryStart(OktaBucket.APPS)).isZero();
  }

  @Test
  void givenLastCallOfAWindowOpenedTheNextOne_budget_restartsFromOktasCount() {
    learnWindow(OktaBucket.APPS, 4, 3);
    clock.advance(Duration.ofSeconds(59));
    assertThat(governor.tryStart(OktaBucket.APPS)).isZero();

    // It reached Okta after the window closed: Okta opened a new one with it.
    governor.observe(OktaBucket.APPS, new Observation(4, 3, T0 + 119, T0 + 59));
    governor.finish(OktaBucket.APPS);

    // Budget 2 of which Okta counted 1 in the new window: one call left, then the reset.
    assertThat(governor.tryStart(OktaBucket.APPS)).isZero();
    assertThat(governor.tryStart(OktaBucket.APPS)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void givenOtherClientsEmptiedTheBucket_call_waitsForTheReset() {
    learnWindow(OktaBucket.USERS, 100, 0);

    assertThat(governor.tryStart(OktaBucket.USERS)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void givenRateLimitedAnswer_bucket_waitsUntilTheReportedReset() {
    learnWindow(OktaBucket.OTHER, 100, 90);
    clock.advance(Duration.ofSeconds(20));

    governor.observeRateLimited(OktaBucket.OTHER, new Observation(100, 0, T0 + 60, T0 + 20));

    assertThat(governor.tryStart(OktaBucket.OTHER)).isEqualTo(Duration.ofSeconds(40));
  }

  @Test
  void givenConcurrentLimitAnswer_bucket_backsOffBriefly() {
    learnWindow(OktaBucket.OTHER, 100, 90);
    clock.advance(Duration.ofSeconds(20));

    governor.observeRateLimited(OktaBucket.OTHER, new Observation(0, 0, T0 + 80, T0 + 20));

    assertThat(governor.tryStart(OktaBucket.OTHER)).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void givenTimeScale60_window_lastsOneLocalSecond() {
    var fast = new RateLimitGovernor(0.5, 60, Duration.ofMillis(10), clock::nanos);
    fast.tryStart(OktaBucket.GROUPS);
    fast.observe(OktaBucket.GROUPS, new Observation(10, 9, T0 + 60, T0));
    fast.finish(OktaBucket.GROUPS);

    // Budget 5 per local second, burst 1: after the probe and the burst, one call per 200 ms.
    assertThat(fast.tryStart(OktaBucket.GROUPS)).isZero();
    assertThat(fast.tryStart(OktaBucket.GROUPS)).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void givenAnswerFromAClosedWindow_observation_isIgnored() {
    learnWindow(OktaBucket.GROUPS, 100, 99);
    clock.advance(Duration.ofSeconds(61));
    assertThat(governor.tryStart(OktaBucket.GROUPS)).isZero();

    governor.observe(OktaBucket.GROUPS, new Observation(100, 0, T0 + 60, T0 + 60));

    assertThat(governor.remaining(OktaBucket.GROUPS)).hasValue(100);
  }

  @Test
  void givenObservedBucket_remaining_isOktasLastFigure() {
    assertThat(governor.remaining(OktaBucket.GROUP_BY_ID)).isEmpty();

    learnWindow(OktaBucket.GROUP_BY_ID, 600, 580);

    assertThat(governor.remaining(OktaBucket.GROUP_BY_ID)).hasValue(580);
  }

  @Test
  void givenShareOfALimitBelowTwo_budget_isStillOneCall() {
    assertThat(governor.budget(1)).isEqualTo(1);
    assertThat(governor.budget(20)).isEqualTo(10);
  }

  /** One probe call whose answer opened a 60 s window at the current time. */
  private void learnWindow(OktaBucket bucket, int limit, int remaining) {
    assertThat(governor.tryStart(bucket)).isZero();
    governor.observe(bucket, new Observation(limit, remaining, T0 + 60, T0));
    governor.finish(bucket);
  }

  /** A monotonic clock the test moves. */
  static final class FakeClock {
    private long nanos = 1_000_000_000L;

    long nanos() {
      return nanos;
    }

    void advance(Duration d) {
      nanos += d.toNanos();
    }
  }
}
