package io.oktaadapter.application.service.secrets;

import io.oktaadapter.application.port.in.secrets.HookSecretRotation;
import io.oktaadapter.application.port.in.secrets.HookSecretRotation.Reason;
import io.oktaadapter.application.port.in.secrets.RotateHookSecretUseCase;
import io.oktaadapter.application.port.out.okta.OktaHookAuthentication;
import io.oktaadapter.application.port.out.secrets.HookSecretSlot;
import io.oktaadapter.application.port.out.secrets.SecretNotFoundException;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.application.port.out.secrets.SecretVersionConflictException;
import io.oktaadapter.application.port.out.secrets.VersionedSecret;
import io.oktaadapter.domain.hook.HookKind;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/** Use case: two-step rotation of a hook's shared secret (see {@link RotateHookSecretUseCase}). */
public final class RotateHookSecretService implements RotateHookSecretUseCase {

  private static final System.Logger LOG =
      System.getLogger(RotateHookSecretService.class.getName());

  private final SecretStore store;
  private final OktaHookAuthentication okta;
  private final HookSecretCache cache;
  private final HookSecretCachePolicy policy;
  private final Supplier<SecretValue> generator;
  private final Clock clock;

  public RotateHookSecretService(
      SecretStore store,
      OktaHookAuthentication okta,
      HookSecretCache cache,
      HookSecretCachePolicy policy,
      Supplier<SecretValue> generator,
      Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.okta = Objects.requireNonNull(okta, "okta");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.generator = Objects.requireNonNull(generator, "generator");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public HookSecretRotation start(HookKind kind) {
    SecretRef next = SecretRef.hookSecret(kind, HookSecretSlot.NEXT);
    int version;
    try {
      // Check-and-set on "absent": of two concurrent starts only one can store a next secret.
      version = store.rotate(next, generator.get(), 0);
    } catch (SecretVersionConflictException e) {
      return new HookSecretRotation.Refused(
          kind, Reason.ALREADY_IN_PROGRESS, "a rotation of the " + kind + " hook secret is open");
    }
    cache.invalidate(kind);
    Instant completableFrom = clock.instant().plus(policy.ttl());
    LOG.log(
        Level.INFO, "Started rotation of the {0} hook secret (next version {1})", kind, version);
    return new HookSecretRotation.Started(kind, version, completableFrom);
  }

  @Override
  public HookSecretRotation complete(HookKind kind) {
    SecretRef nextRef = SecretRef.hookSecret(kind, HookSecretSlot.NEXT);
    VersionedSecret next;
    try {
      next = store.read(nextRef);
    } catch (SecretNotFoundException e) {
      return new HookSecretRotation.Refused(
          kind, Reason.NOT_IN_PROGRESS, "no rotation of the " + kind + " hook secret is open");
    }
    // Replicas read the store at most one TTL late: before that, some would still reject the next
    // secret once Okta sends it.
    Instant propagated = next.createdAt().plus(policy.ttl());
    if (clock.instant().isBefore(propagated)) {
      return new HookSecretRotation.Refused(
          kind, Reason.NEXT_SECRET_NOT_YET_PROPAGATED, "complete at or after " + propagated);
    }
    okta.updateAuthHeader(kind, next.value());
    int current = store.write(SecretRef.hookSecret(kind, HookSecretSlot.CURRENT), next.value());
    store.delete(nextRef);
    cache.invalidate(kind);
    LOG.log(Level.INFO, "Completed rotation of the {0} hook secret (version {1})", kind, current);
    return new HookSecretRotation.Completed(kind, current);
  }
}
