package io.oktaadapter.adapters.in.rest.common;

import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.Validation;
import io.oktaadapter.domain.tenant.TenantKey;

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

  private static int integer(String raw, int fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw InvalidFieldException.ofValue("must be a whole number");
    }
  }
}
