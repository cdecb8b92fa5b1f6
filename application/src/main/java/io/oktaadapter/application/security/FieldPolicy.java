package io.oktaadapter.application.security;

import io.oktaadapter.domain.FieldViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Application policy: who may change which field through which use case (ADR 0014), the same for
 * every door (REST, web UI, Kafka commands). {@link AccessPolicy} decides whether an actor may use
 * a use case on a tenant at all; this table decides, field by field, what the change may contain.
 * Operators need {@link Rule#minimumRole()}; customers get {@link Rule#customer()} on their own
 * tenant. A refusal names the field; nothing changes.
 */
public final class FieldPolicy {

  /** The use cases that take fields. */
  public enum UseCase {
    CREATE_TENANT("tenant.create"),
    UPDATE_TENANT("tenant.update"),
    CREATE_APPLICATION("application.create"),
    UPDATE_APPLICATION("application.update");

    private final String action;

    UseCase(String action) {
      this.action = action;
    }

    /** The audit action of the use case. */
    public String action() {
      return action;
    }
  }

  /** What a customer may do with a field on their own tenant. */
  public enum Grant {
    /** Set it to any valid value. */
    ALLOWED,
    /** Only make it stricter (a larger value of an ordered setting, e.g. MFA OFF → REQUIRED). */
    RAISE_ONLY,
    /** Never. */
    REFUSED,
    /**
     * The field names what is changed (key, kind): it cannot change through this use case, for
     * anyone; the use case refuses a different value as invalid input (400), not as a right.
     */
    IDENTIFIES
  }

  /** One row: {@code field} of {@code useCase}, the lowest operator role, the customer's grant. */
  public record Rule(UseCase useCase, String field, Role minimumRole, Grant customer) {
    public Rule {
      Objects.requireNonNull(useCase, "useCase");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(minimumRole, "minimumRole");
      Objects.requireNonNull(customer, "customer");
    }
  }

  /**
   * One field a request changes. {@code before} is {@code null} when the use case creates; values
   * of a {@link Grant#RAISE_ONLY} field are {@link Comparable}.
   */
  public record FieldChange(String field, Object before, Object after) {
    public FieldChange {
      Objects.requireNonNull(field, "field");
    }
  }

  private static final Map<UseCase, Map<String, Rule>> RULES = new LinkedHashMap<>();

  static {
    Role s = Role.SUPPORT;
    // Creating a tenant: staff only.
    rule(UseCase.CREATE_TENANT, "key", s, Grant.REFUSED);
    rule(UseCase.CREATE_TENANT, "displayName", s, Grant.REFUSED);
    rule(UseCase.CREATE_TENANT, "aliases", s, Grant.REFUSED);
    rule(UseCase.CREATE_TENANT, "adminContacts", s, Grant.REFUSED);
    rule(UseCase.CREATE_TENANT, "features.mfa", s, Grant.REFUSED);
    rule(UseCase.CREATE_TENANT, "driftPolicy", s, Grant.REFUSED);
    // Changing a tenant: a customer manages names, contacts and aliases and may make MFA stricter.
    rule(UseCase.UPDATE_TENANT, "key", s, Grant.IDENTIFIES);
    rule(UseCase.UPDATE_TENANT, "displayName", s, Grant.ALLOWED);
    rule(UseCase.UPDATE_TENANT, "aliases", s, Grant.ALLOWED);
    rule(UseCase.UPDATE_TENANT, "adminContacts", s, Grant.ALLOWED);
    rule(UseCase.UPDATE_TENANT, "features.mfa", s, Grant.RAISE_ONLY);
    rule(UseCase.UPDATE_TENANT, "driftPolicy", s, Grant.REFUSED);
    // Applications: staff create them; a customer moves an existing one's base URLs.
    rule(UseCase.CREATE_APPLICATION, "kind", s, Grant.REFUSED);
    rule(UseCase.CREATE_APPLICATION, "baseUrls", s, Grant.REFUSED);
    rule(UseCase.UPDATE_APPLICATION, "kind", s, Grant.IDENTIFIES);
    rule(UseCase.UPDATE_APPLICATION, "baseUrls", s, Grant.ALLOWED);
  }

  private FieldPolicy() {}

  private static void rule(UseCase useCase, String field, Role role, Grant customer) {
    RULES
        .computeIfAbsent(useCase, u -> new LinkedHashMap<>())
        .put(field, new Rule(useCase, field, role, customer));
  }

  /** Every rule, in table order. */
  public static List<Rule> rules() {
    List<Rule> all = new ArrayList<>();
    RULES.values().forEach(m -> all.addAll(m.values()));
    return List.copyOf(all);
  }

  /** The rule of {@code field} in {@code useCase}, if the table has one. */
  public static Optional<Rule> rule(UseCase useCase, String field) {
    return Optional.ofNullable(RULES.getOrDefault(useCase, Map.of()).get(field));
  }

  /**
   * The first change {@code actor} may not make, as a violation naming the field and why; empty
   * when every change is allowed. A field without a rule is refused (so a new field is closed until
   * the table says otherwise).
   */
  public static Optional<FieldViolation> refusal(
      Actor actor, UseCase useCase, List<FieldChange> changes) {
    if (actor.kind() == Actor.Kind.SYSTEM) {
      return Optional.empty();
    }
    for (FieldChange change : changes) {
      Optional<Rule> rule = rule(useCase, change.field());
      if (rule.isEmpty()) {
        return Optional.of(
            new FieldViolation(
                change.field(), "has no rule in the field policy; nobody may set it"));
      }
      Optional<String> why = why(actor, rule.get(), change);
      if (why.isPresent()) {
        return Optional.of(new FieldViolation(change.field(), why.get()));
      }
    }
    return Optional.empty();
  }

  /** Refuses, naming the field, unless {@code actor} may make every one of {@code changes}. */
  public static void require(Actor actor, UseCase useCase, List<FieldChange> changes) {
    Optional<FieldViolation> refused = refusal(actor, useCase, changes);
    if (refused.isPresent()) {
      throw AccessDeniedException.field(refused.get());
    }
  }

  private static Optional<String> why(Actor actor, Rule rule, FieldChange change) {
    if (rule.customer() == Grant.IDENTIFIES) {
      // Not a right anyone has: the use case refuses a different key or kind as invalid input
      // (400), whoever asks.
      return Optional.empty();
    }
    if (!actor.isCustomer()) {
      return actor.hasRole(rule.minimumRole())
          ? Optional.empty()
          : Optional.of(
              "may only be changed with the role " + rule.minimumRole().roleName() + " or higher");
    }
    return switch (rule.customer()) {
      case ALLOWED, IDENTIFIES -> Optional.empty();
      case REFUSED ->
          Optional.of(
              change.before() == null
                  ? "may not be set by a customer"
                  : "may not be changed by a customer");
      case RAISE_ONLY ->
          raised(change)
              ? Optional.empty()
              : Optional.of("may only be raised by a customer, never lowered");
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean raised(FieldChange change) {
    if (change.before() == null) {
      return false;
    }
    return ((Comparable) change.after()).compareTo(change.before()) >= 0;
  }
}
