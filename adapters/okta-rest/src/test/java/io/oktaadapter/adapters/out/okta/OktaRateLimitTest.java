package io.oktaadapter.adapters.out.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.oktaadapter.adapters.out.okta.OktaSimulatorResource.InjectSimulator;
import io.oktaadapter.application.port.out.okta.OktaFailure;
import io.oktaadapter.application.port.out.okta.OktaGroupRules;
import io.oktaadapter.application.port.out.okta.OktaGroupRules.GroupRuleDetails;
import io.oktaadapter.application.port.out.okta.OktaGroups;
import io.oktaadapter.application.port.out.okta.OktaGroups.GroupDetails;
import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.simulator.Fault;
import io.oktaadapter.simulator.OktaSimulator;
import io.oktaadapter.simulator.RateBucket;
import io.oktaadapter.simulator.RateLimitTier;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = OktaSimulatorResource.class, restrictToAnnotatedClass = false)
class OktaRateLimitTest {

  @Inject OktaGroups groups;
  @Inject OktaGroupRules rules;
  @Inject MeterRegistry registry;
  @InjectSimulator OktaSimulator simulator;

  private final AtomicInteger refused = new AtomicInteger();
  private final List<Integer> remainingSeen = new ArrayList<>();

  @BeforeEach
  void resetOrg() throws InterruptedException {
    simulator.reset();
    simulator.addExchangeListener(this::record);
    // Lets the governor's one-second windows from earlier tests close.
    Thread.sleep(1100);
  }

  @AfterEach
  void restoreOrg() {
    simulator.removeExchangeListener(this::record);
    simulator.setTier(RateLimitTier.ENTERPRISE);
    simulator.setConcurrencyLimit(RateLimitTier.ENTERPRISE.concurrency());
    simulator.setLatency(Duration.ZERO);
  }

  private synchronized void record(io.oktaadapter.simulator.RecordedExchange e) {
    if (e.status() == 429) {
      refused.incrementAndGet();
    }
    String remaining = e.responseHeaders().get("x-rate-limit-remaining");
    if (remaining != null && e.status() != 429) {
      remainingSeen.add(Integer.parseInt(remaining));
    }
  }

  @Test
  void givenInjected429_find_waitsForTheResetAndSucceeds() {
    OktaId id = groups.create(new GroupDetails("acme", "")).id();
    simulator.addFault(Fault.rateLimited("GET /api/v1/groups/*", 1));

    assertThat(groups.find(id)).isPresent();
    assertThat(refused).hasValue(1);
  }

  @Test
  void givenBucketOfTen_twelveCalls_useAtMostHalfAWindowAndAreNeverRefused() {
    simulator.setBucketLimit(RateBucket.GROUP_BY_ID, 10);
    OktaId id = groups.create(new GroupDetails("acme", "")).id();
    long start = System.nanoTime();

    for (int i = 0; i < 12; i++) {
      assertThat(groups.find(id)).isPresent();
    }

    assertThat(refused).hasValue(0);
    assertThat(remainingSeen).allMatch(r -> r >= 5);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofSeconds(1));
  }

  @Test
  void givenConcurrencyCapOfFour_sixteenParallelCalls_runFourAtATimeAndAreNeverRefused()
      throws Exception {
    OktaId id = groups.create(new GroupDetails("acme", "")).id();
    simulator.setConcurrencyLimit(4);
    simulator.setLatency(Duration.ofMillis(200));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    long start = System.nanoTime();
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(pool.submit(() -> groups.find(id).orElseThrow()));
      }
      for (Future<?> call : calls) {
        call.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(refused).hasValue(0);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(790));
  }

  @Test
  void givenHangingRead_find_timesOutAndTheRetrySucceeds() {
    OktaId id = groups.create(new GroupDetails("acme", "")).id();
    simulator.addFault(Fault.hang("GET /api/v1/groups/*", 1, 6000));
    long start = System.nanoTime();

    assertThat(groups.find(id)).isPresent();
    // Well under the 6 s hang: the read timed out after 1 s and the retry answered.
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isBetween(Duration.ofSeconds(1), Duration.ofMillis(5000));
  }

  @Test
  void givenHangingRuleCreate_create_failsAsTransientAfterTheReadTimeout() {
    OktaId group = groups.create(new GroupDetails("acme", "")).id();
    simulator.addFault(Fault.hang("POST /api/v1/groups/rules", 1, 3000));

    assertThatThrownBy(
            () -> rules.create(new GroupRuleDetails("r", "user.x==\"y\"", List.of(group))))
        .isInstanceOf(OktaFailure.Transient.class);
  }

  @Test
  void givenCallsToABucket_remainingGauge_showsOktasFigure() {
    groups.create(new GroupDetails("acme", ""));

    double remaining =
        registry.get(GovernorProducer.REMAINING_GAUGE).tag("bucket", "groups").gauge().value();

    assertThat(remaining).isBetween(1.0, 600.0);
  }
}
