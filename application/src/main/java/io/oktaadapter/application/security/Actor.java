package io.oktaadapter.application.security;

import io.oktaadapter.domain.tenant.TenantKey;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Application value: who is acting. A {@code USER} signed in at the identity provider (an operator
 * with roles, or a customer confined to one tenant), a {@code SERVICE} sending Kafka commands, or
 * the adapter itself ({@code SYSTEM}: scheduled reconcile, job runner). Every audit entry names
 * one; every authorization decision ({@link AccessPolicy}) is taken on one.
 *
 * @param kind what sort of principal
 * @param id stable identifier: the user name (or subject), the service's name, the job's name
 * @param roles operator roles; empty for customers
 * @param tenant the one tenant a customer may see and change; empty for operators and services
 */
public record Actor(Kind kind, String id, Set<Role> roles, Optional<TenantKey> tenant) {

  /** What sort of principal acts. */
  public enum Kind {
    USER,
    SERVICE,
    SYSTEM
  }

  public Actor {
    Objects.requireNonNull(kind, "kind");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id: an actor needs an identifier");
    }
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    tenant = tenant == null ? Optional.empty() : tenant;
  }

  /** An operator signed in with these roles. */
  public static Actor user(String id, Set<Role> roles) {
    return new Actor(Kind.USER, id, roles, Optional.empty());
  }

  /** A customer user: sees and changes only {@code tenant}, whatever other claims say. */
  public static Actor customer(String id, TenantKey tenant) {
    return new Actor(Kind.USER, id, Set.of(), Optional.of(tenant));
  }

  /** A service (e.g. a Kafka command sender) with the roles its configuration grants. */
  public static Actor service(String id, Set<Role> roles) {
    return new Actor(Kind.SERVICE, id, roles, Optional.empty());
  }

  /** The adapter itself, e.g. {@code scheduled-reconcile}; allowed everything. */
  public static Actor system(String id) {
    return new Actor(Kind.SYSTEM, id, Set.of(), Optional.empty());
  }

  /** Whether this actor is confined to one tenant. */
  public boolean isCustomer() {
    return tenant.isPresent();
  }

  /** Whether one of the actor's roles grants {@code required} (SYSTEM: always). */
  public boolean hasRole(Role required) {
    return kind == Kind.SYSTEM || roles.stream().anyMatch(r -> r.includes(required));
  }

  @Override
  public String toString() {
    return kind + ":" + id + tenant.map(t -> "@" + t).orElse("");
  }
}
