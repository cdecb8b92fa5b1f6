package io.oktaadapter.domain.provisioning;

import io.oktaadapter.domain.InvalidFieldException;
import java.util.Objects;
import java.util.UUID;

/** Value object: the id of a provisioning job. */
public record JobId(UUID value) {

  public JobId {
    Objects.requireNonNull(value, "value");
  }

  public static JobId random() {
    return new JobId(UUID.randomUUID());
  }

  public static JobId parse(String raw) {
    try {
      return new JobId(UUID.fromString(raw == null ? "" : raw.trim()));
    } catch (IllegalArgumentException e) {
      throw InvalidFieldException.ofValue("must be a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
