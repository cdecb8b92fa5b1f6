package io.oktaadapter.application.service.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.in.secrets.HookSecretRotation;
import io.oktaadapter.application.port.in.secrets.HookSecretRotation.Reason;
import io.oktaadapter.application.port.in.secrets.VerifyHookSecretUseCase.HookSecretCheck;
import io.oktaadapter.application.port.out.secrets.HookSecretSlot;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.domain.hook.HookKind;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HookSecretRotationTest {

  private static final Duration TTL = Duration.ofSeconds(30);

  private final MutableClock clock = new MutableClock();
  private final InMemorySecretStore store = new InMemorySecretStore(clock);
  private final RecordingOktaHookAuthentication okta = new RecordingOktaHookAuthentication();
  private final HookSecretCachePolicy policy =
      new HookSecretCachePolicy(TTL, Duration.ofMinutes(5));
  private final HookSecretCache cache = new HookSecretCache(store, policy, clock);
  private final VerifyHookSecretService verifier = new VerifyHookSecretService(cache);
  private final RotateHookSecretService rotation =
      new RotateHookSecretService(
          store, okta, cache, policy, () -> SecretValue.of("new-secret"), clock);

  @BeforeEach
  void storeCurrentSecret() {
    store.write(
        SecretRef.hookSecret(HookKind.EVENT, HookSecretSlot.CURRENT), SecretValue.of("old"));
  }

  @Test
  void givenStartedRotation_verify_acceptsOldAndNewSecret() {
    rotation.start(HookKind.EVENT);

    assertThat(verifier.verify(HookKind.EVENT, "old")).isEqualTo(HookSecretCheck.ACCEPTED);
    assertThat(verifier.verify(HookKind.EVENT, "new-secret")).isEqualTo(HookSecretCheck.ACCEPTED);
    assertThat(verifier.verify(HookKind.EVENT, "other")).isEqualTo(HookSecretCheck.REJECTED);
  }

  @Test
  void givenCompletedRotation_verify_acceptsOnlyNewSecret() {
    rotation.start(HookKind.EVENT);
    clock.advance(TTL);

    HookSecretRotation outcome = rotation.complete(HookKind.EVENT);

    assertThat(outcome).isEqualTo(new HookSecretRotation.Completed(HookKind.EVENT, 2));
    assertThat(verifier.verify(HookKind.EVENT, "new-secret")).isEqualTo(HookSecretCheck.ACCEPTED);
    assertThat(verifier.verify(HookKind.EVENT, "old")).isEqualTo(HookSecretCheck.REJECTED);
  }

  @Test
  void givenCompletedRotation_complete_switchedOktaToNewSecret() {
    rotation.start(HookKind.EVENT);
    clock.advance(TTL);

    rotation.complete(HookKind.EVENT);

    assertThat(okta.headers).containsEntry(HookKind.EVENT, SecretValue.of("new-secret"));
  }

  @Test
  void givenRotationJustStarted_complete_isRefusedUntilReplicasCanHaveSeenTheNextSecret() {
    rotation.start(HookKind.EVENT);
    clock.advance(TTL.minusSeconds(1));

    HookSecretRotation outcome = rotation.complete(HookKind.EVENT);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            HookSecretRotation.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(Reason.NEXT_SECRET_NOT_YET_PROPAGATED));
    assertThat(okta.headers).isEmpty();
  }

  @Test
  void givenOpenRotation_start_isRefused() {
    rotation.start(HookKind.EVENT);

    HookSecretRotation outcome = rotation.start(HookKind.EVENT);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            HookSecretRotation.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(Reason.ALREADY_IN_PROGRESS));
  }

  @Test
  void givenNoOpenRotation_complete_isRefused() {
    HookSecretRotation outcome = rotation.complete(HookKind.EVENT);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            HookSecretRotation.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(Reason.NOT_IN_PROGRESS));
  }

  @Test
  void givenSecretRotatedByAnotherReplica_verify_acceptsItAfterTheTtl() {
    assertThat(verifier.verify(HookKind.EVENT, "old")).isEqualTo(HookSecretCheck.ACCEPTED);
    store.write(
        SecretRef.hookSecret(HookKind.EVENT, HookSecretSlot.NEXT), SecretValue.of("elsewhere"));

    HookSecretCheck beforeTtl = verifier.verify(HookKind.EVENT, "elsewhere");
    clock.advance(TTL);
    HookSecretCheck afterTtl = verifier.verify(HookKind.EVENT, "elsewhere");

    assertThat(beforeTtl).isEqualTo(HookSecretCheck.REJECTED);
    assertThat(afterTtl).isEqualTo(HookSecretCheck.ACCEPTED);
  }
}
