package io.oktaadapter.application.service.secrets;

import io.oktaadapter.application.port.out.secrets.HookSecretSlot;
import io.oktaadapter.application.port.out.secrets.SecretNotFoundException;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.port.out.secrets.SecretStoreException;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.domain.hook.HookKind;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Short-lived cache of the hook secrets valid now (current and, during a rotation, next), shared by
 * the verification and the rotation use cases of one process.
 */
public final class HookSecretCache {

  private static final System.Logger LOG = System.getLogger(HookSecretCache.class.getName());

  /**
   * Cached secrets: when they were read from the store, and when the store is asked next (after a
   * failed refresh, one TTL later, so an outage costs one slow call per TTL, not one per hook).
   */
  private record Entry(List<SecretValue> secrets, Instant loadedAt, Instant refreshAt) {}

  private final SecretStore store;
  private final HookSecretCachePolicy policy;
  private final Clock clock;
  private final Map<HookKind, Entry> entries = new ConcurrentHashMap<>();

  public HookSecretCache(SecretStore store, HookSecretCachePolicy policy, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The secrets valid for a kind of hook (possibly none), or empty when the store cannot be asked
   * and no cached secrets are left within their grace period.
   */
  public Optional<List<SecretValue>> validSecrets(HookKind kind) {
    Instant now = clock.instant();
    Entry cached = entries.get(kind);
    if (cached != null && now.isBefore(cached.refreshAt())) {
      return Optional.of(cached.secrets());
    }
    try {
      Entry fresh = new Entry(load(kind), now, now.plus(policy.ttl()));
      entries.put(kind, fresh);
      return Optional.of(fresh.secrets());
    } catch (SecretStoreException e) {
      return fallBack(kind, cached, now, e);
    }
  }

  /** Whether {@link #validSecrets} would answer now without asking the store. */
  public boolean isFresh(HookKind kind) {
    Entry cached = entries.get(kind);
    return cached != null && clock.instant().isBefore(cached.refreshAt());
  }

  /** Forgets the cached secrets of a kind, so the next check reads the store. */
  public void invalidate(HookKind kind) {
    entries.remove(kind);
  }

  private Optional<List<SecretValue>> fallBack(
      HookKind kind, Entry cached, Instant now, SecretStoreException e) {
    Instant graceEnd =
        cached == null
            ? Instant.MIN
            : cached.loadedAt().plus(policy.ttl()).plus(policy.graceWhenUnavailable());
    if (now.isBefore(graceEnd)) {
      LOG.log(
          Level.WARNING,
          "Hook secrets of {0} hooks could not be refreshed ({1}); using cached ones until {2}",
          kind,
          e.getMessage(),
          graceEnd);
      Instant retryAt = now.plus(policy.ttl());
      entries.put(
          kind,
          new Entry(
              cached.secrets(),
              cached.loadedAt(),
              retryAt.isBefore(graceEnd) ? retryAt : graceEnd));
      return Optional.of(cached.secrets());
    }
    LOG.log(
        Level.ERROR,
        "Hook secrets of {0} hooks unavailable and none cached: {1}",
        kind,
        e.getMessage());
    return Optional.empty();
  }

  private List<SecretValue> load(HookKind kind) {
    List<SecretValue> secrets = new ArrayList<>(2);
    for (HookSecretSlot slot : HookSecretSlot.values()) {
      try {
        secrets.add(store.read(SecretRef.hookSecret(kind, slot)).value());
      } catch (SecretNotFoundException e) {
        if (slot == HookSecretSlot.CURRENT) {
          LOG.log(Level.WARNING, "No current hook secret is stored for {0} hooks", kind);
        }
      }
    }
    return List.copyOf(secrets);
  }
}
