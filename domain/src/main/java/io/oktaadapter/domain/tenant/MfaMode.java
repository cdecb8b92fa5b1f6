package io.oktaadapter.domain.tenant;

import io.oktaadapter.domain.InvalidFieldException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Feature toggle: whether a tenant's users need a second factor. */
public enum MfaMode {
  OFF,
  OPTIONAL,
  REQUIRED;

  /** Parses a mode, case-insensitively, naming the accepted values when it is unknown. */
  public static MfaMode parse(String value) {
    if (value == null || value.isBlank()) {
      throw InvalidFieldException.ofValue("must not be empty");
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidFieldException.ofValue(
          "must be one of "
              + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }

  /** Whether the tenant needs an Okta sign-on policy of its own. */
  public boolean needsPolicy() {
    return this != OFF;
  }
}
