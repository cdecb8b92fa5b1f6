package io.oktaadapter.adapters.out.persistence.tenant;

import io.oktaadapter.domain.LifecycleStatus;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.DriftPolicy;
import io.oktaadapter.domain.tenant.EmailAddress;
import io.oktaadapter.domain.tenant.MfaMode;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantFeatures;
import io.oktaadapter.domain.tenant.TenantKey;

/** Persistence adapter: maps tenants between the domain and {@link TenantJpaEntity}. */
final class TenantMapper {

  private TenantMapper() {}

  static Tenant toDomain(TenantJpaEntity e) {
    return Tenant.restore(
        TenantKey.of(e.key),
        e.displayName,
        e.aliases.stream().map(Alias::of).toList(),
        e.adminContacts.stream().map(EmailAddress::of).toList(),
        new TenantFeatures(
            MfaMode.valueOf(e.mfaMode),
            e.driftPolicy == null ? DriftPolicy.REPAIR : DriftPolicy.valueOf(e.driftPolicy)),
        LifecycleStatus.valueOf(e.status),
        e.statusReason,
        e.version == null ? 0 : e.version,
        e.createdAt,
        e.updatedAt);
  }

  /** Copies the domain state onto a new or loaded entity; the version stays Hibernate's. */
  static void copy(Tenant t, TenantJpaEntity e) {
    e.key = t.key().value();
    e.displayName = t.displayName();
    e.mfaMode = t.features().mfa().name();
    e.driftPolicy = t.features().drift().name();
    e.status = t.status().name();
    e.statusReason = t.statusReason().orElse(null);
    e.createdAt = t.createdAt();
    e.updatedAt = t.updatedAt();
    e.aliases.clear();
    t.aliases().forEach(a -> e.aliases.add(a.host()));
    e.adminContacts.clear();
    t.adminContacts().forEach(c -> e.adminContacts.add(c.value()));
  }
}
