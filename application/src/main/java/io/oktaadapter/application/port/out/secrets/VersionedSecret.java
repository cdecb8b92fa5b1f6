package io.oktaadapter.application.port.out.secrets;

import java.time.Instant;
import java.util.Objects;

/**
 * A secret as read from the store: its value, the version number the store gave it (starting at 1)
 * and when that version was written. Its {@code toString()} shows no value (see {@link
 * SecretValue}).
 */
public record VersionedSecret(SecretValue value, int version, Instant createdAt) {

  public VersionedSecret {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(createdAt, "createdAt");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, was " + version);
    }
  }
}
