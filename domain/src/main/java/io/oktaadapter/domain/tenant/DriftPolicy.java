package io.oktaadapter.domain.tenant;

import io.oktaadapter.domain.InvalidFieldException;
import java.util.Locale;

/**
 * Value object: what a reconcile does when Okta no longer matches a tenant's desired state (a
 * resource removed or edited by hand): only report it, or report and repair it.
 */
public enum DriftPolicy {
  REPORT,
  REPAIR;

  /** Parses a policy, case-insensitively. */
  public static DriftPolicy parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw InvalidFieldException.ofValue("must not be empty");
    }
    try {
      return valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidFieldException.ofValue("must be one of REPORT, REPAIR");
    }
  }
}
