package io.oktaadapter.application.security;

/**
 * Application value: what a use case needs, as the permission matrix of ADR 0014 states it: the
 * lowest operator role that grants it, and whether a customer may do it on their own tenant.
 */
public enum Access {
  /** Read one tenant and what belongs to it (resources, plan, jobs, applications, audit). */
  READ_TENANT(Role.VIEWER, true),
  /** Read what belongs to no tenant (received events, quarantine, the event hook). */
  READ_GLOBAL(Role.VIEWER, false),
  /** Create a tenant. */
  CREATE_TENANT(Role.SUPPORT, false),
  /** Change a tenant's desired state or its applications. */
  UPDATE_TENANT(Role.SUPPORT, true),
  /**
   * Decide who may join or belongs to a tenant (its registration domains, a membership sync from
   * Okta, assigning or removing users) and end a user's sessions. Not for customers: a domain they
   * set would place strangers' sign-ups in their tenant.
   */
  MANAGE_ACCESS(Role.SUPPORT, false),
  /** Queue a reconcile of a tenant. */
  RECONCILE(Role.SUPPORT, false),
  /** Publish stored events again. */
  REDELIVER(Role.SUPPORT, false),
  /** Delete a tenant or an application. */
  DELETE(Role.ADMIN, false),
  /** Approve a tenant's alias claim by hand, without DNS proof (with a reason, audited). */
  APPROVE_ALIAS(Role.ADMIN, false),
  /** Rotate hook secrets, register the event hook. */
  ADMINISTER(Role.ADMIN, false);

  private final Role minimumRole;
  private final boolean customerMay;

  Access(Role minimumRole, boolean customerMay) {
    this.minimumRole = minimumRole;
    this.customerMay = customerMay;
  }

  public Role minimumRole() {
    return minimumRole;
  }

  /** Whether a customer may do this on their own tenant. */
  public boolean customerMay() {
    return customerMay;
  }
}
