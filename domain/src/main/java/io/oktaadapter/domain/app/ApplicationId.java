package io.oktaadapter.domain.app;

import io.oktaadapter.domain.InvalidFieldException;
import java.util.Objects;
import java.util.UUID;

/** Identifier of an application (an EFS or DV installation's Okta integration). */
public record ApplicationId(UUID value) {

  public ApplicationId {
    Objects.requireNonNull(value, "value");
  }

  public static ApplicationId random() {
    return new ApplicationId(UUID.randomUUID());
  }

  public static ApplicationId parse(String value) {
    try {
      return new ApplicationId(UUID.fromString(Objects.requireNonNull(value, "value")));
    } catch (IllegalArgumentException e) {
      throw InvalidFieldException.ofValue("must be a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
