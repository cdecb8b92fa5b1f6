package io.oktaadapter.application.security;

import java.util.Locale;
import java.util.Optional;

/**
 * Operator role, mapped from the identity provider's groups (or roles) claim: {@code viewer} reads,
 * {@code support} also creates, updates and reconciles, {@code admin} also deletes, rotates hook
 * secrets and registers the event hook. A higher role includes the lower ones.
 */
public enum Role {
  VIEWER,
  SUPPORT,
  ADMIN;

  /** The name used in tokens, configuration and {@code @RolesAllowed}: {@code viewer}, ... */
  public String roleName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role of that name ({@code viewer}, {@code support}, {@code admin}), if it is one. */
  public static Optional<Role> ofName(String name) {
    for (Role role : values()) {
      if (role.roleName().equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /** Whether this role grants what {@code required} grants. */
  public boolean includes(Role required) {
    return ordinal() >= required.ordinal();
  }
}
