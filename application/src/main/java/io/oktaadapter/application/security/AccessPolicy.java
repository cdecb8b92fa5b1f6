package io.oktaadapter.application.security;

import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantNotFoundException;

/**
 * Application policy: the one place that decides whether an actor may do something, whatever door
 * the request came through. A customer asking about another tenant is told that it does not exist
 * (404), so that tenant keys do not leak; everything else not granted is refused (403).
 */
public final class AccessPolicy {

  private AccessPolicy() {}

  /** Refuses unless {@code actor} may do {@code access} on {@code tenant} (null: no tenant). */
  public static void require(Actor actor, Access access, TenantKey tenant) {
    if (actor.kind() == Actor.Kind.SYSTEM) {
      return;
    }
    if (actor.isCustomer()) {
      requireAsCustomer(actor, access, tenant);
      return;
    }
    if (!actor.hasRole(access.minimumRole())) {
      throw new AccessDeniedException(
          "role " + access.minimumRole().roleName() + " or higher is required");
    }
  }

  /** Whether a customer of another tenant would be told {@code tenant} does not exist. */
  public static boolean mayNotSee(Actor actor, TenantKey tenant) {
    return actor.isCustomer() && !actor.tenant().get().equals(tenant);
  }

  private static void requireAsCustomer(Actor actor, Access access, TenantKey tenant) {
    if (tenant != null && mayNotSee(actor, tenant)) {
      throw new TenantNotFoundException(tenant);
    }
    if (!access.customerMay() || tenant == null) {
      throw new AccessDeniedException("customers may only read and change their own tenant");
    }
  }
}
