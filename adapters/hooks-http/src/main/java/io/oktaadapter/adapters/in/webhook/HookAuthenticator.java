package io.oktaadapter.adapters.in.webhook;

import io.oktaadapter.application.port.in.secrets.VerifyHookSecretUseCase;
import io.oktaadapter.application.port.in.secrets.VerifyHookSecretUseCase.HookSecretCheck;
import io.oktaadapter.domain.hook.HookKind;
import io.quarkus.logging.Log;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Webhook adapter: authenticates a call from Okta by its shared-secret header, refusing the local
 * run's well-known development secrets outside the dev profile.
 */
@Singleton
class HookAuthenticator {

  /** The secrets bin/run configures; public knowledge, so never valid in a real deployment. */
  static final Set<String> DEVELOPMENT_SECRETS =
      Set.of("local-event-hook-secret", "local-inline-hook-secret");

  private final VerifyHookSecretUseCase secrets;
  private final HookConfig config;

  HookAuthenticator(VerifyHookSecretUseCase secrets, HookConfig config) {
    this.secrets = secrets;
    this.config = config;
  }

  HookSecretCheck authenticate(HookKind kind, String presented) {
    if (!config.allowDevelopmentSecrets()
        && presented != null
        && DEVELOPMENT_SECRETS.contains(presented.strip())) {
      Log.warnf(
          "Refused a %s hook call presenting a development-only secret outside the dev profile",
          kind);
      return HookSecretCheck.REJECTED;
    }
    return secrets.verify(kind, presented);
  }

  /** Whether {@link #authenticate} would answer without waiting on the secret store. */
  boolean answersFromMemory(HookKind kind) {
    return secrets.verifiesFromMemory(kind);
  }
}
