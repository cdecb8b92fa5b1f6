package io.oktaadapter.bootstrap.wiring;

import io.oktaadapter.adapters.out.vault.SecretsConfig;
import io.oktaadapter.application.port.in.secrets.RotateHookSecretUseCase;
import io.oktaadapter.application.port.in.secrets.VerifyHookSecretUseCase;
import io.oktaadapter.application.port.out.okta.OktaHookAuthentication;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.application.service.audit.AuditedAdministration;
import io.oktaadapter.application.service.audit.Auditor;
import io.oktaadapter.application.service.secrets.HookSecretCache;
import io.oktaadapter.application.service.secrets.HookSecretCachePolicy;
import io.oktaadapter.application.service.secrets.RotateHookSecretService;
import io.oktaadapter.application.service.secrets.VerifyHookSecretService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Wiring of the secrets use cases. The hook secret cache is one instance per process, shared by
 * verification and rotation, so a rotation started here takes effect here at once.
 */
@ApplicationScoped
public class SecretsProducers {

  @Produces
  @Singleton
  HookSecretCachePolicy hookSecretCachePolicy(SecretsConfig config) {
    return new HookSecretCachePolicy(
        config.hookCache().ttl(), config.hookCache().graceWhenUnavailable());
  }

  @Produces
  @Singleton
  HookSecretCache hookSecretCache(SecretStore store, HookSecretCachePolicy policy, Clock clock) {
    return new HookSecretCache(store, policy, clock);
  }

  @Produces
  @Singleton // on the inline hooks' hot path: no client proxy
  VerifyHookSecretUseCase verifyHookSecret(HookSecretCache cache) {
    return new VerifyHookSecretService(cache);
  }

  @Produces
  @ApplicationScoped
  RotateHookSecretUseCase rotateHookSecret(
      SecretStore store,
      OktaHookAuthentication okta,
      HookSecretCache cache,
      HookSecretCachePolicy policy,
      Clock clock,
      Auditor auditor) {
    // 32 random bytes: far beyond guessing, and short enough for any HTTP header.
    return AuditedAdministration.rotate(
        new RotateHookSecretService(
            store, okta, cache, policy, () -> SecretValue.random(32), clock),
        auditor);
  }
}
