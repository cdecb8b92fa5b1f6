package io.oktaadapter.bootstrap.e2e;

import io.oktaadapter.application.port.in.secrets.VerifyHookSecretUseCase;
import io.oktaadapter.domain.hook.HookKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Test wiring until the secrets adapter is wired into bootstrap: accepts one fixed secret per hook
 * kind.
 */
@ApplicationScoped
public class TestHookSecrets {

  static final String EVENT_SECRET = "test-event-hook-secret";

  @Produces
  @ApplicationScoped
  VerifyHookSecretUseCase verifyHookSecret() {
    return (kind, presented) ->
        kind == HookKind.EVENT && EVENT_SECRET.equals(presented)
            ? VerifyHookSecretUseCase.HookSecretCheck.ACCEPTED
            : VerifyHookSecretUseCase.HookSecretCheck.REJECTED;
  }
}
