package io.oktaadapter.application.service.secrets;

import io.oktaadapter.application.port.in.secrets.VerifyHookSecretUseCase;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.domain.hook.HookKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Use case: checks a presented hook secret against the secrets valid now, in constant time. */
public final class VerifyHookSecretService implements VerifyHookSecretUseCase {

  private final HookSecretCache cache;

  public VerifyHookSecretService(HookSecretCache cache) {
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  @Override
  public HookSecretCheck verify(HookKind kind, String presented) {
    Objects.requireNonNull(kind, "kind");
    Optional<List<SecretValue>> valid = cache.validSecrets(kind);
    if (valid.isEmpty()) {
      return HookSecretCheck.UNAVAILABLE;
    }
    boolean matched = false;
    for (SecretValue secret : valid.get()) {
      // No early exit: which slot matched must not show in the time taken.
      matched |= secret.matches(presented);
    }
    return matched ? HookSecretCheck.ACCEPTED : HookSecretCheck.REJECTED;
  }

  @Override
  public boolean verifiesFromMemory(HookKind kind) {
    return cache.isFresh(Objects.requireNonNull(kind, "kind"));
  }
}
