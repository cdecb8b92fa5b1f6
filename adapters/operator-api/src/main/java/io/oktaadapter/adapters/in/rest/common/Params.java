package io.oktaadapter.adapters.in.rest.common;

import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.Validation;
import io.oktaadapter.domain.tenant.TenantKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** REST adapter: turns path and query parameters into validated values, naming the parameter. */
public final class Params {

  private Params() {}

  public static TenantKey tenantKey(String raw) {
    try {
      return TenantKey.of(raw);
    } catch (InvalidFieldException e) {
      throw e.under("key");
    }
  }

  public static PageRequest page(String page, String size) {
    Validation v = new Validation();
    Integer p = v.field("page", page, raw -> integer(raw, 0));
    Integer s = v.field("size", size, raw -> integer(raw, PageRequest.DEFAULT_SIZE));
    v.throwIfInvalid();
    return new PageRequest(p, s);
  }

  /** A whole number from 1 to {@code max}, or the fallback when absent. */
  public static int boundedInt(String raw, int fallback, int max) {
    int value = integer(raw, fallback);
    if (value < 1 || value > max) {
      throw InvalidFieldException.ofValue("must be between 1 and " + max);
    }
    return value;
  }

  /** An ISO-8601 instant, or null when absent. */
  public static Instant instantOrNull(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(raw.trim());
    } catch (DateTimeParseException e) {
      throw InvalidFieldException.ofValue(
          "must be an ISO-8601 instant such as 2026-11-24T10:00:00Z");
    }
  }

  private static int integer(String raw, int fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw InvalidFieldException.ofValue(
          "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    }
  }
}
