package io.oktaadapter.adapters.in.rest.tenant;

import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.EmailAddress;
import io.oktaadapter.domain.tenant.Tenant;
import java.time.Instant;
import java.util.List;

/** REST adapter: a tenant as the operator API shows it. */
public record TenantDto(
    String key,
    String displayName,
    List<String> aliases,
    List<String> adminContacts,
    Features features,
    String status,
    String statusReason,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /** The tenant's feature toggles. */
  public record Features(String mfa) {}

  static TenantDto of(Tenant t) {
    return new TenantDto(
        t.key().value(),
        t.displayName(),
        t.aliases().stream().map(Alias::host).toList(),
        t.adminContacts().stream().map(EmailAddress::value).toList(),
        new Features(t.features().mfa().name()),
        t.status().name(),
        t.statusReason().orElse(null),
        t.version(),
        t.createdAt(),
        t.updatedAt());
  }
}
