package io.oktaadapter.domain.app;

import io.oktaadapter.domain.IllegalStatusTransitionException;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.LifecycleStatus;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.TenantKey;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Entity: one installation of a product (EFS, DV, …) for a tenant, integrated with Okta as an OIDC
 * application. Each of the tenant's aliases it serves has a base URL on that alias's host.
 */
public final class Application {

  private final ApplicationId id;
  private final TenantKey tenantKey;
  private final ApplicationKind kind;
  private final SortedMap<Alias, BaseUrl> baseUrls = new TreeMap<>();
  private LifecycleStatus status;
  private String statusReason;
  private final long version;
  private final Instant createdAt;
  private Instant updatedAt;

  private Application(
      ApplicationId id,
      TenantKey tenantKey,
      ApplicationKind kind,
      Map<Alias, BaseUrl> baseUrls,
      LifecycleStatus status,
      String statusReason,
      long version,
      Instant createdAt,
      Instant updatedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.tenantKey = Objects.requireNonNull(tenantKey, "tenantKey");
    this.kind = Objects.requireNonNull(kind, "kind");
    replaceBaseUrls(baseUrls);
    this.status = Objects.requireNonNull(status, "status");
    this.statusReason = statusReason;
    this.version = version;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public static Application register(
      ApplicationId id,
      TenantKey tenantKey,
      ApplicationKind kind,
      Map<Alias, BaseUrl> baseUrls,
      Instant now) {
    return new Application(
        id, tenantKey, kind, baseUrls, LifecycleStatus.PENDING, null, 0, now, now);
  }

  /** An application as it was stored; for persistence adapters. */
  public static Application restore(
      ApplicationId id,
      TenantKey tenantKey,
      ApplicationKind kind,
      Map<Alias, BaseUrl> baseUrls,
      LifecycleStatus status,
      String statusReason,
      long version,
      Instant createdAt,
      Instant updatedAt) {
    return new Application(
        id, tenantKey, kind, baseUrls, status, statusReason, version, createdAt, updatedAt);
  }

  public void changeBaseUrls(Map<Alias, BaseUrl> newBaseUrls, Instant now) {
    if (status == LifecycleStatus.DELETING || status == LifecycleStatus.DELETED) {
      throw new IllegalStatusTransitionException(
          "application " + id, status, LifecycleStatus.PROVISIONING);
    }
    replaceBaseUrls(newBaseUrls);
    updatedAt = now;
  }

  public void moveTo(LifecycleStatus next, String reason, Instant now) {
    if (!status.canChangeTo(next)) {
      throw new IllegalStatusTransitionException("application " + id, status, next);
    }
    if (next == LifecycleStatus.FAILED && reason == null) {
      throw new IllegalArgumentException("a FAILED application needs a reason");
    }
    status = next;
    statusReason = reason;
    updatedAt = now;
  }

  private void replaceBaseUrls(Map<Alias, BaseUrl> urls) {
    Objects.requireNonNull(urls, "baseUrls");
    if (urls.isEmpty()) {
      throw new InvalidFieldException("baseUrls", "an application needs a base URL for an alias");
    }
    urls.forEach(
        (alias, url) -> {
          if (!url.host().equalsIgnoreCase(alias.host())) {
            throw new InvalidFieldException(
                "baseUrls." + alias.host(), "must be on the host of its alias " + alias.host());
          }
        });
    baseUrls.clear();
    baseUrls.putAll(urls);
  }

  public ApplicationId id() {
    return id;
  }

  public TenantKey tenantKey() {
    return tenantKey;
  }

  public ApplicationKind kind() {
    return kind;
  }

  /** Base URL per alias, in alias order, unmodifiable. */
  public SortedMap<Alias, BaseUrl> baseUrls() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(baseUrls));
  }

  public LifecycleStatus status() {
    return status;
  }

  public Optional<String> statusReason() {
    return Optional.ofNullable(statusReason);
  }

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
