package io.oktaadapter.domain.tenant;

import java.util.Objects;

/** Value object: the feature toggles of a tenant. New toggles are added here, with a default. */
public record TenantFeatures(MfaMode mfa) {

  public static final TenantFeatures DEFAULTS = new TenantFeatures(MfaMode.OFF);

  public TenantFeatures {
    Objects.requireNonNull(mfa, "mfa");
  }
}
