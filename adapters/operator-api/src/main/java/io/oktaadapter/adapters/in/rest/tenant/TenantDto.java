package io.oktaadapter.adapters.in.rest.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.oktaadapter.adapters.in.rest.job.JobDto;
import io.oktaadapter.application.port.out.aliases.AliasClaim;
import io.oktaadapter.domain.provisioning.TenantDrift;
import io.oktaadapter.domain.tenant.EmailAddress;
import io.oktaadapter.domain.tenant.Tenant;
import java.time.Instant;
import java.util.List;

/**
 * REST adapter: a tenant as the operator API shows it; one tenant also shows its Okta resources and
 * its last job (absent in lists).
 */
public record TenantDto(
    String key,
    String displayName,
    List<String> aliases,
    List<String> adminContacts,
    Features features,
    String driftPolicy,
    String status,
    String statusReason,
    long version,
    Instant createdAt,
    Instant updatedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<OktaResourceDto> oktaResources,
    @JsonInclude(JsonInclude.Include.NON_NULL) JobDto lastJob,
    @JsonInclude(JsonInclude.Include.NON_NULL) DriftDto drift,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<AliasClaimDto> aliasClaims) {

  /**
   * An alias the tenant asked for but does not hold yet (PENDING_VERIFICATION): it reaches Okta
   * once the TXT record {@code record} holds {@code value} (checked on demand and periodically
   * until {@code expiresAt}), or an admin approves it.
   */
  public record AliasClaimDto(
      String alias, String status, String record, String value, Instant expiresAt) {
    static AliasClaimDto of(AliasClaim c) {
      return new AliasClaimDto(
          c.alias().host(), "PENDING_VERIFICATION", c.recordName(), c.token(), c.expiresAt());
    }
  }

  /** The tenant's feature toggles. */
  public record Features(String mfa) {}

  /**
   * An Okta resource recorded for the tenant; {@code status} is APPLIED, or the change (UPDATE,
   * DELETE) the plan still holds for it.
   */
  public record OktaResourceDto(String type, String oktaId, String name, String status) {}

  /**
   * The last drift check: IN_SYNC, DRIFTED (found, not repaired) or REPAIRED, with one line per
   * drifted resource.
   */
  public record DriftDto(String status, List<String> findings, Instant checkedAt) {
    static DriftDto of(TenantDrift d) {
      return new DriftDto(d.status().name(), d.findings(), d.checkedAt());
    }
  }

  static TenantDto of(Tenant t) {
    return of(t, null, null, null, null);
  }

  /**
   * One tenant; {@code aliases} lists every alias it asked for (held and claimed, sorted), so that
   * the spec can be sent back as it is; {@code aliasClaims} says which are still claims.
   */
  static TenantDto of(
      Tenant t,
      List<OktaResourceDto> resources,
      JobDto lastJob,
      TenantDrift drift,
      List<AliasClaim> claims) {
    java.util.SortedSet<String> aliases = new java.util.TreeSet<>();
    t.aliases().forEach(a -> aliases.add(a.host()));
    if (claims != null) {
      claims.forEach(c -> aliases.add(c.alias().host()));
    }
    return new TenantDto(
        t.key().value(),
        t.displayName(),
        List.copyOf(aliases),
        t.adminContacts().stream().map(EmailAddress::value).toList(),
        new Features(t.features().mfa().name()),
        t.features().drift().name(),
        t.status().name(),
        t.statusReason().orElse(null),
        t.version(),
        t.createdAt(),
        t.updatedAt(),
        resources,
        lastJob,
        drift == null ? null : DriftDto.of(drift),
        claims == null ? null : claims.stream().map(AliasClaimDto::of).toList());
  }
}
