package io.oktaadapter.application.service.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.in.secrets.VerifyHookSecretUseCase.HookSecretCheck;
import io.oktaadapter.application.port.out.secrets.HookSecretSlot;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.domain.hook.HookKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class VerifyHookSecretServiceTest {

  private final MutableClock clock = new MutableClock();
  private final InMemorySecretStore store = new InMemorySecretStore(clock);
  private final VerifyHookSecretService verifier =
      new VerifyHookSecretService(
          new HookSecretCache(
              store,
              new HookSecretCachePolicy(Duration.ofSeconds(30), Duration.ofMinutes(5)),
              clock));

  private void storeCurrent(String value) {
    store.write(
        SecretRef.hookSecret(HookKind.INLINE, HookSecretSlot.CURRENT), SecretValue.of(value));
  }

  @Test
  void givenMissingHeader_verify_rejects() {
    storeCurrent("s3cret");

    assertThat(verifier.verify(HookKind.INLINE, null)).isEqualTo(HookSecretCheck.REJECTED);
  }

  @Test
  void givenSecretOfOtherKind_verify_rejects() {
    storeCurrent("s3cret");

    assertThat(verifier.verify(HookKind.EVENT, "s3cret")).isEqualTo(HookSecretCheck.REJECTED);
  }

  @Test
  void givenStoreDownWithinGrace_verify_acceptsOnCachedSecret() {
    storeCurrent("s3cret");
    verifier.verify(HookKind.INLINE, "s3cret");
    store.reachable(false);
    clock.advance(Duration.ofMinutes(2));

    assertThat(verifier.verify(HookKind.INLINE, "s3cret")).isEqualTo(HookSecretCheck.ACCEPTED);
  }

  @Test
  void givenStoreDownPastGrace_verify_isUnavailable() {
    storeCurrent("s3cret");
    verifier.verify(HookKind.INLINE, "s3cret");
    store.reachable(false);
    clock.advance(Duration.ofMinutes(6));

    assertThat(verifier.verify(HookKind.INLINE, "s3cret")).isEqualTo(HookSecretCheck.UNAVAILABLE);
  }

  @Test
  void givenStoreDownAndNothingCached_verify_isUnavailable() {
    storeCurrent("s3cret");
    store.reachable(false);

    assertThat(verifier.verify(HookKind.INLINE, "s3cret")).isEqualTo(HookSecretCheck.UNAVAILABLE);
  }

  @Test
  void givenStoreDownWithinGrace_verify_asksTheStoreOncePerTtlOnly() {
    storeCurrent("s3cret");
    verifier.verify(HookKind.INLINE, "s3cret");
    store.reachable(false);
    clock.advance(Duration.ofSeconds(31));
    verifier.verify(HookKind.INLINE, "s3cret");
    int callsAfterFailedRefresh = store.calls();

    verifier.verify(HookKind.INLINE, "s3cret");
    verifier.verify(HookKind.INLINE, "s3cret");
    clock.advance(Duration.ofSeconds(30));
    verifier.verify(HookKind.INLINE, "s3cret");

    assertThat(store.calls()).isEqualTo(callsAfterFailedRefresh + 1);
  }

  @Test
  void givenSecretsReadWithinTtl_verifiesFromMemory_isTrueUntilTheyAreDue() {
    storeCurrent("s3cret");
    assertThat(verifier.verifiesFromMemory(HookKind.INLINE)).isFalse();

    verifier.verify(HookKind.INLINE, "s3cret");
    int calls = store.calls();

    assertThat(verifier.verifiesFromMemory(HookKind.INLINE)).isTrue();
    assertThat(verifier.verifiesFromMemory(HookKind.EVENT)).isFalse();
    clock.advance(Duration.ofSeconds(31));
    assertThat(verifier.verifiesFromMemory(HookKind.INLINE)).isFalse();
    assertThat(store.calls()).isEqualTo(calls);
  }
}
