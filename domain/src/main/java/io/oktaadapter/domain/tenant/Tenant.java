package io.oktaadapter.domain.tenant;

import io.oktaadapter.domain.IllegalStatusTransitionException;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.LifecycleStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Entity: a customer tenant whose Okta resources the adapter manages. Holds the desired state
 * (display name, aliases, admin contacts, features) and the lifecycle status.
 */
public final class Tenant {

  public static final int MAX_DISPLAY_NAME = 100;
  public static final int MAX_ALIASES = 50;

  private final TenantKey key;
  private String displayName;
  private final SortedSet<Alias> aliases = new TreeSet<>();
  private List<EmailAddress> adminContacts;
  private TenantFeatures features;
  private LifecycleStatus status;
  private String statusReason;
  private final long version;
  private final Instant createdAt;
  private Instant updatedAt;

  private Tenant(
      TenantKey key,
      String displayName,
      Collection<Alias> aliases,
      List<EmailAddress> adminContacts,
      TenantFeatures features,
      LifecycleStatus status,
      String statusReason,
      long version,
      Instant createdAt,
      Instant updatedAt) {
    this.key = Objects.requireNonNull(key, "key");
    this.displayName = checkDisplayName(displayName);
    replaceAliases(aliases);
    this.adminContacts = List.copyOf(Objects.requireNonNull(adminContacts, "adminContacts"));
    this.features = Objects.requireNonNull(features, "features");
    this.status = Objects.requireNonNull(status, "status");
    this.statusReason = statusReason;
    this.version = version;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** A new tenant, not yet provisioned in Okta. */
  public static Tenant register(
      TenantKey key,
      String displayName,
      Collection<Alias> aliases,
      List<EmailAddress> adminContacts,
      TenantFeatures features,
      Instant now) {
    return new Tenant(
        key,
        displayName,
        aliases,
        adminContacts,
        features,
        LifecycleStatus.PENDING,
        null,
        0,
        now,
        now);
  }

  /**
   * A new tenant under the key of {@code deleted}, whose deletion has finished: nothing of the
   * deleted tenant carries over but the record's version (so that a concurrent reuse of the key
   * fails as a concurrent change).
   */
  public static Tenant registerInPlaceOf(
      Tenant deleted,
      String displayName,
      Collection<Alias> aliases,
      List<EmailAddress> adminContacts,
      TenantFeatures features,
      Instant now) {
    if (deleted.status != LifecycleStatus.DELETED) {
      throw new IllegalStatusTransitionException(
          "tenant " + deleted.key, deleted.status, LifecycleStatus.PENDING);
    }
    return new Tenant(
        deleted.key,
        displayName,
        aliases,
        adminContacts,
        features,
        LifecycleStatus.PENDING,
        null,
        deleted.version,
        now,
        now);
  }

  /** A tenant as it was stored; for persistence adapters. */
  public static Tenant restore(
      TenantKey key,
      String displayName,
      Collection<Alias> aliases,
      List<EmailAddress> adminContacts,
      TenantFeatures features,
      LifecycleStatus status,
      String statusReason,
      long version,
      Instant createdAt,
      Instant updatedAt) {
    return new Tenant(
        key,
        displayName,
        aliases,
        adminContacts,
        features,
        status,
        statusReason,
        version,
        createdAt,
        updatedAt);
  }

  /** Changes the desired state; the adapter works out the Okta difference when provisioning. */
  public void changeSpec(
      String displayName,
      Collection<Alias> aliases,
      List<EmailAddress> adminContacts,
      TenantFeatures features,
      Instant now) {
    if (status == LifecycleStatus.DELETING || status == LifecycleStatus.DELETED) {
      throw new IllegalStatusTransitionException(
          "tenant " + key, status, LifecycleStatus.PROVISIONING);
    }
    this.displayName = checkDisplayName(displayName);
    replaceAliases(aliases);
    this.adminContacts = List.copyOf(Objects.requireNonNull(adminContacts, "adminContacts"));
    this.features = Objects.requireNonNull(features, "features");
    this.updatedAt = now;
  }

  public void startProvisioning(Instant now) {
    moveTo(LifecycleStatus.PROVISIONING, null, now);
  }

  public void markReady(Instant now) {
    moveTo(LifecycleStatus.READY, null, now);
  }

  public void markFailed(String reason, Instant now) {
    moveTo(LifecycleStatus.FAILED, Objects.requireNonNull(reason, "reason"), now);
  }

  public void startDeletion(Instant now) {
    moveTo(LifecycleStatus.DELETING, null, now);
  }

  public void markDeleted(Instant now) {
    moveTo(LifecycleStatus.DELETED, null, now);
  }

  private void moveTo(LifecycleStatus next, String reason, Instant now) {
    if (!status.canChangeTo(next)) {
      throw new IllegalStatusTransitionException("tenant " + key, status, next);
    }
    status = next;
    statusReason = reason;
    updatedAt = now;
  }

  private void replaceAliases(Collection<Alias> newAliases) {
    Objects.requireNonNull(newAliases, "aliases");
    if (newAliases.isEmpty()) {
      throw new InvalidFieldException("aliases", "a tenant needs at least one alias");
    }
    if (newAliases.size() > MAX_ALIASES) {
      throw new InvalidFieldException("aliases", "at most " + MAX_ALIASES + " aliases are allowed");
    }
    aliases.clear();
    aliases.addAll(newAliases);
  }

  private static String checkDisplayName(String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidFieldException("displayName", "must not be empty");
    }
    String trimmed = name.strip();
    if (trimmed.length() > MAX_DISPLAY_NAME) {
      throw new InvalidFieldException(
          "displayName", "must be at most " + MAX_DISPLAY_NAME + " characters long");
    }
    if (trimmed.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidFieldException("displayName", "must not contain control characters");
    }
    return trimmed;
  }

  public TenantKey key() {
    return key;
  }

  public String displayName() {
    return displayName;
  }

  /** The aliases in host-name order, unmodifiable. */
  public SortedSet<Alias> aliases() {
    return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(aliases));
  }

  public List<EmailAddress> adminContacts() {
    return adminContacts;
  }

  public TenantFeatures features() {
    return features;
  }

  public LifecycleStatus status() {
    return status;
  }

  /** Why the tenant is FAILED; empty otherwise. */
  public Optional<String> statusReason() {
    return Optional.ofNullable(statusReason);
  }

  /** The stored version, for optimistic locking; 0 for a tenant never stored. */
  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
