package io.oktaadapter.adapters.in.ui;

import io.oktaadapter.application.security.Actor;
import io.oktaadapter.application.security.Role;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Optional;

/**
 * Web UI: who is signed in (the {@link Actor} of the security layer), and what the pages may offer
 * them. An operator has roles ({@code viewer} reads, {@code support} also creates and changes,
 * {@code admin} also deletes); a customer carries the tenant claim and sees and changes only that
 * tenant, and another tenant looks as if it did not exist (404). The use cases behind the pages
 * decide as well; this only keeps the pages from offering what would be refused.
 */
record UiUser(
    String name, boolean viewer, boolean support, boolean admin, Optional<String> tenant) {

  /** From the acting principal as the security layer sees it (roles mapped, tenant claim). */
  static UiUser of(Actor actor) {
    return new UiUser(
        actor.id(),
        actor.roles().contains(Role.VIEWER),
        actor.roles().contains(Role.SUPPORT),
        actor.roles().contains(Role.ADMIN),
        actor.tenant().map(TenantKey::value));
  }

  boolean customer() {
    return tenant.isPresent();
  }

  /** Whether the user sees tenants at all (an operator role, or a customer's own tenant). */
  boolean canRead() {
    return customer() || viewer || support || admin;
  }

  /** Create tenants and applications, reconcile: operators with support or admin. */
  boolean canCreate() {
    return !customer() && (support || admin);
  }

  /** Change a tenant's aliases and its applications' configuration. */
  boolean canEdit() {
    return customer() || support || admin;
  }

  /** Delete tenants and applications. */
  boolean canDelete() {
    return !customer() && admin;
  }

  String roleLabel() {
    if (customer()) {
      return "customer of " + tenant.get();
    }
    return admin ? "admin" : support ? "support" : viewer ? "viewer" : "no role";
  }

  /** Refuses unless the user may read {@code key}; another customer's tenant is not found. */
  void requireRead(TenantKey key) {
    if (customer()) {
      if (!tenant.get().equals(key.value())) {
        throw UiException.notFound("no tenant " + key);
      }
      return;
    }
    require(canRead(), "reading tenants needs the viewer, support or admin role");
  }

  void requireEdit(TenantKey key) {
    requireRead(key);
    require(canEdit(), "changing a tenant needs the support or admin role");
  }

  void requireCreate() {
    require(canCreate(), "creating needs the support or admin role");
  }

  void requireDelete(TenantKey key) {
    requireRead(key);
    require(canDelete(), "deleting needs the admin role");
  }

  void requireOperator() {
    require(!customer() && canRead(), "this page is for operators");
  }

  private static void require(boolean allowed, String why) {
    if (!allowed) {
      throw UiException.forbidden(why);
    }
  }
}
