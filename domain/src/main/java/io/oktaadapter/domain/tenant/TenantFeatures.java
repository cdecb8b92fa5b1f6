package io.oktaadapter.domain.tenant;

import java.util.Objects;

/**
 * Value object: the feature toggles of a tenant. New toggles are added here, with a default.
 *
 * @param drift what a reconcile does about drift (default: repair it)
 */
public record TenantFeatures(MfaMode mfa, DriftPolicy drift) {

  public static final TenantFeatures DEFAULTS = new TenantFeatures(MfaMode.OFF);

  public TenantFeatures {
    Objects.requireNonNull(mfa, "mfa");
    Objects.requireNonNull(drift, "drift");
  }

  public TenantFeatures(MfaMode mfa) {
    this(mfa, DriftPolicy.REPAIR);
  }
}
