package io.oktaadapter.application.service.secrets;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the hook secret cache.
 *
 * @param ttl how long secrets read from the store are used without asking again: a rotated secret
 *     takes effect after at most this long
 * @param graceWhenUnavailable how long after {@code ttl} cached secrets keep being used while the
 *     store cannot be reached, so a short outage drops no hook deliveries
 */
public record HookSecretCachePolicy(Duration ttl, Duration graceWhenUnavailable) {

  public HookSecretCachePolicy {
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(graceWhenUnavailable, "graceWhenUnavailable");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
    if (graceWhenUnavailable.isNegative()) {
      throw new IllegalArgumentException(
          "graceWhenUnavailable must not be negative, was " + graceWhenUnavailable);
    }
  }
}
