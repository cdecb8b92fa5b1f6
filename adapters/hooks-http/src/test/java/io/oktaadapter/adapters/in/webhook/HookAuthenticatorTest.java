package io.oktaadapter.adapters.in.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.in.secrets.VerifyHookSecretUseCase;
import io.oktaadapter.application.port.in.secrets.VerifyHookSecretUseCase.HookSecretCheck;
import io.oktaadapter.domain.hook.HookKind;
import org.junit.jupiter.api.Test;

class HookAuthenticatorTest {

  @Test
  void givenDevelopmentSecretOutsideDev_authenticate_refusesEvenIfTheStoreHoldsIt() {
    HookAuthenticator authenticator = authenticator(false);

    assertThat(authenticator.authenticate(HookKind.EVENT, "local-event-hook-secret"))
        .isEqualTo(HookSecretCheck.REJECTED);
    assertThat(authenticator.authenticate(HookKind.INLINE, " local-inline-hook-secret "))
        .isEqualTo(HookSecretCheck.REJECTED);
  }

  @Test
  void givenDevelopmentSecretInDev_authenticate_asksTheStore() {
    assertThat(authenticator(true).authenticate(HookKind.EVENT, "local-event-hook-secret"))
        .isEqualTo(HookSecretCheck.ACCEPTED);
  }

  @Test
  void givenOtherSecret_authenticate_asksTheStore() {
    assertThat(authenticator(false).authenticate(HookKind.EVENT, "a-real-secret"))
        .isEqualTo(HookSecretCheck.ACCEPTED);
  }

  /** An authenticator whose store accepts every secret, so only the refusal can say no. */
  private static HookAuthenticator authenticator(boolean allowDevelopmentSecrets) {
    HookConfig config =
        new HookConfig() {
          @Override
          public EventHook event() {
            throw new UnsupportedOperationException();
          }

          @Override
          public boolean allowDevelopmentSecrets() {
            return allowDevelopmentSecrets;
          }
        };
    return new HookAuthenticator(
        new VerifyHookSecretUseCase() {
          @Override
          public HookSecretCheck verify(HookKind kind, String presented) {
            return HookSecretCheck.ACCEPTED;
          }

          @Override
          public boolean verifiesFromMemory(HookKind kind) {
            return true;
          }
        },
        config);
  }
}
