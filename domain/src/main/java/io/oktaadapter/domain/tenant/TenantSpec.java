package io.oktaadapter.domain.tenant;

import io.oktaadapter.domain.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Value object: the declarative desired state of a tenant, as an operator submits it. {@link
 * #parse} names every invalid field at once.
 */
public record TenantSpec(
    TenantKey key,
    String displayName,
    List<Alias> aliases,
    List<EmailAddress> adminContacts,
    TenantFeatures features) {

  public TenantSpec {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(displayName, "displayName");
    aliases = List.copyOf(new TreeSet<>(aliases));
    adminContacts = List.copyOf(adminContacts);
    Objects.requireNonNull(features, "features");
  }

  /** Validates raw input; {@code mfa} may be {@code null} (OFF). */
  public static TenantSpec parse(
      String key,
      String displayName,
      List<String> aliases,
      List<String> adminContacts,
      String mfa) {
    return parse(key, displayName, aliases, adminContacts, mfa, null);
  }

  /** Validates raw input; {@code mfa} may be {@code null} (OFF), {@code drift} too (REPAIR). */
  public static TenantSpec parse(
      String key,
      String displayName,
      List<String> aliases,
      List<String> adminContacts,
      String mfa,
      String drift) {
    Validation v = new Validation();
    TenantKey k = v.field("key", key, TenantKey::of);
    if (displayName == null || displayName.isBlank()) {
      v.reject("displayName", "must not be empty");
    } else if (displayName.strip().length() > Tenant.MAX_DISPLAY_NAME) {
      v.reject("displayName", "must be at most " + Tenant.MAX_DISPLAY_NAME + " characters long");
    }
    List<Alias> parsedAliases = list(v, "aliases", aliases, Alias::of);
    if (aliases == null || aliases.isEmpty()) {
      v.reject("aliases", "a tenant needs at least one alias");
    } else if (aliases.size() > Tenant.MAX_ALIASES) {
      v.reject("aliases", "at most " + Tenant.MAX_ALIASES + " aliases are allowed");
    }
    List<EmailAddress> contacts = list(v, "adminContacts", adminContacts, EmailAddress::of);
    MfaMode mode = mfa == null ? MfaMode.OFF : v.field("features.mfa", mfa, MfaMode::parse);
    DriftPolicy policy =
        drift == null ? DriftPolicy.REPAIR : v.field("driftPolicy", drift, DriftPolicy::parse);
    v.throwIfInvalid();
    return new TenantSpec(
        k, displayName.strip(), parsedAliases, contacts, new TenantFeatures(mode, policy));
  }

  private static <T> List<T> list(
      Validation v, String field, List<String> raw, java.util.function.Function<String, T> f) {
    List<T> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    for (int i = 0; i < raw.size(); i++) {
      T value = v.field(field + "[" + i + "]", raw.get(i), f);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  /** A new tenant with this desired state. */
  public Tenant register(Instant now) {
    return Tenant.register(key, displayName, aliases, adminContacts, features, now);
  }

  /** A new tenant with this desired state under the key of a deleted one. */
  public Tenant registerInPlaceOf(Tenant deleted, Instant now) {
    return Tenant.registerInPlaceOf(deleted, displayName, aliases, adminContacts, features, now);
  }

  /** Gives an existing tenant this desired state. */
  public void applyTo(Tenant tenant, Instant now) {
    tenant.changeSpec(displayName, aliases, adminContacts, features, now);
  }

  /** Canonical text, so that equal specs have equal request fingerprints. */
  public String canonical() {
    return String.join(
            "\n",
            key.value(),
            displayName,
            aliases.toString(),
            adminContacts.toString(),
            features.mfa().name())
        // Only a non-default policy is part of the text, so fingerprints of older requests hold.
        + (features.drift() == DriftPolicy.REPAIR ? "" : "\ndrift=" + features.drift());
  }
}
