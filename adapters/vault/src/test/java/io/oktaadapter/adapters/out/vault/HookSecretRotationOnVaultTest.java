package io.oktaadapter.adapters.out.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.in.secrets.HookSecretRotation;
import io.oktaadapter.application.port.in.secrets.VerifyHookSecretUseCase.HookSecretCheck;
import io.oktaadapter.application.port.out.okta.OktaHookAuthentication;
import io.oktaadapter.application.port.out.secrets.HookSecretSlot;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.application.service.secrets.HookSecretCache;
import io.oktaadapter.application.service.secrets.HookSecretCachePolicy;
import io.oktaadapter.application.service.secrets.RotateHookSecretService;
import io.oktaadapter.application.service.secrets.VerifyHookSecretService;
import io.oktaadapter.domain.hook.HookKind;
import io.oktaadapter.testing.vault.VaultTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hook secret rotation and verification, wired as in bootstrap, on the Vault adapter. */
@QuarkusTest
@TestProfile(VaultProfiles.Token.class)
class HookSecretRotationOnVaultTest {

  private static final Duration TTL = Duration.ofMillis(50);

  @Inject SecretStore store;

  private final Map<HookKind, SecretValue> oktaHeaders = new EnumMap<>(HookKind.class);
  private final OktaHookAuthentication okta = oktaHeaders::put;
  private HookSecretCache cache;
  private VerifyHookSecretService verifier;
  private RotateHookSecretService rotation;
  private SecretValue generated;

  @BeforeEach
  void wire() {
    HookSecretCachePolicy policy = new HookSecretCachePolicy(TTL, Duration.ofMinutes(1));
    cache = new HookSecretCache(store, policy, Clock.systemUTC());
    verifier = new VerifyHookSecretService(cache);
    rotation =
        new RotateHookSecretService(
            store,
            okta,
            cache,
            policy,
            () -> generated = SecretValue.random(32),
            Clock.systemUTC());
    store.delete(SecretRef.hookSecret(HookKind.INLINE, HookSecretSlot.NEXT));
    store.write(
        SecretRef.hookSecret(HookKind.INLINE, HookSecretSlot.CURRENT), SecretValue.of("old-one"));
  }

  @Test
  void givenRotation_verify_acceptsBothWhileOpenAndOnlyTheNewAfterCompletion() throws Exception {
    assertThat(rotation.start(HookKind.INLINE)).isInstanceOf(HookSecretRotation.Started.class);
    String next = generated.reveal();

    assertThat(verifier.verify(HookKind.INLINE, "old-one")).isEqualTo(HookSecretCheck.ACCEPTED);
    assertThat(verifier.verify(HookKind.INLINE, next)).isEqualTo(HookSecretCheck.ACCEPTED);

    Thread.sleep(TTL.toMillis() * 2);
    assertThat(rotation.complete(HookKind.INLINE)).isInstanceOf(HookSecretRotation.Completed.class);

    assertThat(verifier.verify(HookKind.INLINE, next)).isEqualTo(HookSecretCheck.ACCEPTED);
    assertThat(verifier.verify(HookKind.INLINE, "old-one")).isEqualTo(HookSecretCheck.REJECTED);
    assertThat(oktaHeaders.get(HookKind.INLINE).reveal()).isEqualTo(next);
  }

  @Test
  void givenVaultGoesDown_verify_keepsAcceptingOnCachedSecrets() throws Exception {
    assertThat(verifier.verify(HookKind.INLINE, "old-one")).isEqualTo(HookSecretCheck.ACCEPTED);
    VaultTestResource.vault().offline();
    try {
      Thread.sleep(TTL.toMillis() * 2);

      assertThat(verifier.verify(HookKind.INLINE, "old-one")).isEqualTo(HookSecretCheck.ACCEPTED);
      assertThat(verifier.verify(HookKind.INLINE, "forged")).isEqualTo(HookSecretCheck.REJECTED);
    } finally {
      VaultTestResource.vault().online();
    }
  }
}
