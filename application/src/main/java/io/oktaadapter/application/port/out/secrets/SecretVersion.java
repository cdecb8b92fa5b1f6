package io.oktaadapter.application.port.out.secrets;

import java.time.Instant;
import java.util.Objects;

/** Metadata of one stored version of a secret, without its value. */
public record SecretVersion(int version, Instant createdAt, boolean deleted, boolean destroyed) {

  public SecretVersion {
    Objects.requireNonNull(createdAt, "createdAt");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, was " + version);
    }
  }

  /** Whether the version's value can still be read. */
  public boolean readable() {
    return !deleted && !destroyed;
  }
}
