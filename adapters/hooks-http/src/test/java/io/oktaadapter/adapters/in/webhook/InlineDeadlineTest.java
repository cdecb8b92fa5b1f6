package io.oktaadapter.adapters.in.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The deadline and the commit gate on real threads: a decision that reaches its commit after the
 * deadline rolls back (no OTP queued behind Okta's fallback), one that is committing at the
 * deadline is waited for and answered as it was decided.
 */
class InlineDeadlineTest {

  private static final InlineReply DECIDED = new InlineReply("{}", "queued", Map.of());
  private final InlineDeadline deadline = new InlineDeadline(config(), safe());

  @AfterEach
  void stop() {
    deadline.stop();
  }

  @Test
  void givenDecisionReachingItsCommitAfterTheDeadline_decide_answersSafelyAndTheCommitIsRefused()
      throws Exception {
    AtomicReference<Throwable> atCommit = new AtomicReference<>();
    CountDownLatch tried = new CountDownLatch(1);

    InlineReply reply =
        deadline.decide(
            "telephony",
            gate -> {
              sleep(400);
              try {
                gate.enterCommit();
              } catch (RuntimeException e) {
                atCommit.set(e);
                throw e;
              } finally {
                tried.countDown();
              }
              return DECIDED;
            });

    assertThat(reply.outcome()).isEqualTo("safe-error");
    assertThat(tried.await(2, TimeUnit.SECONDS)).isTrue();
    assertThat(atCommit.get()).isInstanceOf(CommitGate.Abandoned.class);
  }

  @Test
  void givenDecisionCommittingAtTheDeadline_decide_waitsForItWithinTheGrace() {
    InlineReply reply =
        deadline.decide(
            "telephony",
            gate -> {
              gate.enterCommit();
              sleep(350); // a slow commit: past the 200 ms deadline, within the 400 ms grace
              return DECIDED;
            });

    assertThat(reply).isSameAs(DECIDED);
  }

  @Test
  void givenCommitOutlastingTheGrace_decide_answersSafelyAndSaysSo() {
    InlineReply reply =
        deadline.decide(
            "telephony",
            gate -> {
              gate.enterCommit();
              sleep(1_000);
              return DECIDED;
            });

    assertThat(reply.outcome()).isEqualTo("safe-error");
    assertThat(reply.facts()).containsEntry("fallback", "deadline-after-commit");
  }

  @Test
  void givenDecisionInTime_decide_answersIt() {
    assertThat(deadline.decide("telephony", gate -> DECIDED)).isSameAs(DECIDED);
  }

  private static InlineHookConfig config() {
    InlineHookConfig config = mock(InlineHookConfig.class);
    when(config.deadline()).thenReturn(Duration.ofMillis(200));
    when(config.commitGrace()).thenReturn(Duration.ofMillis(400));
    when(config.workerThreads()).thenReturn(2);
    when(config.safeOutcome()).thenReturn(Map.of());
    return config;
  }

  private static InlineSafeOutcomes safe() {
    return new InlineSafeOutcomes(config());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      // cancelled at the deadline: carry on to the commit, as a JDBC call would
      Thread.interrupted();
      long until = System.currentTimeMillis() + millis;
      while (System.currentTimeMillis() < until) {
        Thread.onSpinWait();
      }
    }
  }
}
