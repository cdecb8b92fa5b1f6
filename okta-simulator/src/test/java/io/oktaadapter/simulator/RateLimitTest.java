package io.oktaadapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  private OktaSimulator simulator;
  private ApiClient api;

  @BeforeEach
  void start() {
    // A 10 s window keeps the counting tests stable on a busy machine; the reset test speeds up.
    simulator = OktaSimulator.builder().timeScale(6).bucketLimit(RateBucket.GROUPS, 3).start();
    api = new ApiClient(simulator);
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void givenBucketOfThree_threeCalls_countRemainingDownToZero() {
    assertThat(api.get("/api/v1/groups").header("X-Rate-Limit-Remaining")).isEqualTo("2");
    assertThat(api.get("/api/v1/groups").header("X-Rate-Limit-Remaining")).isEqualTo("1");
    var third = api.get("/api/v1/groups");

    assertThat(third.status()).isEqualTo(200);
    assertThat(third.header("X-Rate-Limit-Limit")).isEqualTo("3");
    assertThat(third.header("X-Rate-Limit-Remaining")).isEqualTo("0");
  }

  @Test
  void givenExhaustedBucket_nextCall_returns429WithE0000047AndResetWithinAScaledMinute() {
    for (int i = 0; i < 3; i++) {
      api.get("/api/v1/groups");
    }

    var limited = api.get("/api/v1/groups");

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.body().path("errorCode").asText()).isEqualTo("E0000047");
    assertThat(limited.header("X-Rate-Limit-Remaining")).isEqualTo("0");
    long secondsToReset =
        Long.parseLong(limited.header("X-Rate-Limit-Reset")) - dateSeconds(limited);
    // Reset is rounded up and Date down to whole seconds.
    assertThat(secondsToReset).isBetween(0L, 61L);
  }

  @Test
  void givenExhaustedBucket_waitingUntilScaledReset_allowsCallsAgain() throws InterruptedException {
    simulator.setTimeScale(60);
    for (int i = 0; i < 4; i++) {
      api.get("/api/v1/groups");
    }
    var limited = api.get("/api/v1/groups");
    long scaledSeconds =
        Long.parseLong(limited.header("X-Rate-Limit-Reset")) - dateSeconds(limited);

    Thread.sleep((scaledSeconds + 1) * 1000 / 60 + 100);
    var afterReset = api.get("/api/v1/groups");

    assertThat(afterReset.status()).isEqualTo(200);
    assertThat(afterReset.header("X-Rate-Limit-Remaining")).isEqualTo("2");
  }

  @Test
  void givenExhaustedGroupsBucket_callOnGroupById_usesItsOwnBucket() {
    for (int i = 0; i < 4; i++) {
      api.get("/api/v1/groups");
    }

    var byId = api.get("/api/v1/groups/00gunknown0000000000");

    assertThat(byId.status()).isEqualTo(404);
    assertThat(byId.header("X-Rate-Limit-Limit")).isEqualTo("600");
  }

  @Test
  void givenExhaustedBucket_stats_countRequestsAndRateLimitedAnswers() {
    for (int i = 0; i < 5; i++) {
      api.get("/api/v1/groups");
    }

    TrafficStats stats = simulator.stats();
    var viaAdmin = new ApiClient(simulator.baseUrl(), null).get("/__simulator/stats");

    assertThat(stats.requests()).isEqualTo(5);
    assertThat(stats.rateLimited()).isEqualTo(2);
    assertThat(viaAdmin.body().path("rateLimited").asLong()).isEqualTo(2);
  }

  @Test
  void givenIntegratorFreeTier_appsCall_reportsLimitTwenty() {
    simulator.setTier(RateLimitTier.INTEGRATOR_FREE);

    assertThat(api.get("/api/v1/apps").header("X-Rate-Limit-Limit")).isEqualTo("20");
  }

  private static long dateSeconds(ApiClient.Reply reply) {
    return ZonedDateTime.parse(reply.header("Date"), DateTimeFormatter.RFC_1123_DATE_TIME)
        .toEpochSecond();
  }
}
