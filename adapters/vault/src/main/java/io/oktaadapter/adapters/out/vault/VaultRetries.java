package io.oktaadapter.adapters.out.vault;

import io.oktaadapter.application.port.out.secrets.SecretStoreTimeoutException;
import io.oktaadapter.application.port.out.secrets.SecretStoreUnavailableException;
import io.smallrye.faulttolerance.api.Guard;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Retry with exponential backoff (SmallRye Fault Tolerance) for calls to Vault. Reads are retried
 * on unavailability and timeouts; writes only on unavailability, because a write that timed out may
 * have been applied and a retried check-and-set would then report a false conflict.
 */
final class VaultRetries {

  private final Guard reads;
  private final Guard writes;

  VaultRetries(SecretsConfig.Vault config) {
    this.reads =
        guard(
            config,
            "vault-reads",
            List.of(SecretStoreUnavailableException.class, SecretStoreTimeoutException.class));
    this.writes = guard(config, "vault-writes", List.of(SecretStoreUnavailableException.class));
  }

  Guard reads() {
    return reads;
  }

  Guard writes() {
    return writes;
  }

  private static Guard guard(
      SecretsConfig.Vault config, String name, List<Class<? extends Throwable>> retryOn) {
    return Guard.create()
        .withDescription(name)
        .withRetry()
        .maxRetries(config.maxRetries())
        .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
        .maxDuration(config.retryMaxDuration().toMillis(), ChronoUnit.MILLIS)
        .jitter(0, ChronoUnit.MILLIS)
        .retryOn(retryOn)
        .withExponentialBackoff()
        .factor(2)
        .maxDelay(config.retryMaxDuration().toMillis() / 2, ChronoUnit.MILLIS)
        .done()
        .done()
        .build();
  }
}
