package io.oktaadapter.application.port.in.command;

/** A user's role in a tenant: which of the tenant's groups ({@code -users}, {@code -admins}). */
public enum TenantRole {
  USER("users"),
  ADMIN("admins");

  private final String groupSuffix;

  TenantRole(String groupSuffix) {
    this.groupSuffix = groupSuffix;
  }

  /** The tenant group of this role: {@code <key>-<suffix>}. */
  public String groupSuffix() {
    return groupSuffix;
  }
}
