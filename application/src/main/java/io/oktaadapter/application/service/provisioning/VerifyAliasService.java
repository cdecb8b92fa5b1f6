package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.common.AliasInUseException;
import io.oktaadapter.application.common.NotFoundException;
import io.oktaadapter.application.port.in.aliases.VerifyAliasUseCase;
import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.application.port.out.aliases.AliasClaim;
import io.oktaadapter.application.port.out.aliases.AliasClaims;
import io.oktaadapter.application.port.out.aliases.DnsTxtRecords;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import io.oktaadapter.application.security.Access;
import io.oktaadapter.application.service.audit.Auditor;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.provisioning.JobKind;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use case: proves alias claims. A claim whose TXT record {@code _okta-adapter-challenge.<alias>}
 * holds its token (or that an admin approves) makes the alias the tenant's: it joins the tenant's
 * aliases, every other tenant's claim of it is dropped (first to prove wins), and a job puts it
 * into Okta (trusted origin; redirect URIs of applications with base URLs on it). Expired claims
 * are dropped. Callers hold the transaction; the DNS lookup runs before anything is written.
 */
public class VerifyAliasService implements VerifyAliasUseCase {

  private final TenantRepository tenants;
  private final AliasClaims claims;
  private final DnsTxtRecords dns;
  private final JobQueue intake;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final Duration recheck;
  private final Auditor auditor;

  public VerifyAliasService(
      TenantRepository tenants,
      AliasClaims claims,
      DnsTxtRecords dns,
      ProvisioningJobRepository jobs,
      UnitOfWork unitOfWork,
      Clock clock,
      Duration recheck,
      Auditor auditor) {
    this.auditor = auditor;
    this.tenants = tenants;
    this.claims = claims;
    this.dns = dns;
    this.intake = new JobQueue(jobs, clock);
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.recheck = recheck;
  }

  @Override
  public List<AliasClaim> claims(TenantKey tenant) {
    auditor.require(Access.READ_TENANT, tenant);
    return claims.ofTenant(tenant);
  }

  @Override
  public Verification verify(TenantKey key, Alias alias) {
    auditor.require(Access.UPDATE_TENANT, key);
    return check(key, alias);
  }

  private Verification check(TenantKey key, Alias alias) {
    Tenant tenant = tenants.findByKey(key).orElseThrow(() -> new TenantNotFoundException(key));
    if (tenant.aliases().contains(alias)) {
      return new Verification(alias, Status.VERIFIED, Optional.empty(), Optional.empty());
    }
    AliasClaim claim = claimOf(key, alias);
    if (claim.expired(clock.instant())) {
      claims.delete(key, alias);
      return new Verification(alias, Status.EXPIRED, Optional.empty(), Optional.empty());
    }
    if (!dns.txt(claim.recordName()).contains(claim.token())) {
      return new Verification(
          alias, Status.PENDING_VERIFICATION, Optional.of(claim), Optional.empty());
    }
    return promote(tenant, alias, Map.of("proof", "dns", "record", claim.recordName()));
  }

  @Override
  public Verification approve(TenantKey key, Alias alias, String reason) {
    auditor.require(Access.APPROVE_ALIAS, key);
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldException("reason", "an approval needs a reason");
    }
    Tenant tenant = tenants.findByKey(key).orElseThrow(() -> new TenantNotFoundException(key));
    if (tenant.aliases().contains(alias)) {
      return new Verification(alias, Status.VERIFIED, Optional.empty(), Optional.empty());
    }
    claimOf(key, alias);
    return promote(tenant, alias, Map.of("proof", "approval", "reason", reason.strip()));
  }

  @Override
  public int checkDue(int limit) {
    List<AliasClaim> due =
        unitOfWork.inNewTransaction(() -> claims.takeDue(clock.instant(), recheck, limit));
    int verified = 0;
    for (AliasClaim claim : due) {
      try {
        Verification v = unitOfWork.inNewTransaction(() -> check(claim.tenant(), claim.alias()));
        if (v.status() == Status.VERIFIED) {
          verified++;
        }
      } catch (RuntimeException e) {
        // One claim's failure (DNS down, another tenant proved it first) costs no other claim:
        // it is looked at again after the recheck interval.
      }
    }
    return verified;
  }

  private AliasClaim claimOf(TenantKey key, Alias alias) {
    return claims
        .find(key, alias)
        .orElseThrow(
            () -> new NotFoundException("tenant " + key + " has no claim of alias " + alias));
  }

  private Verification promote(Tenant tenant, Alias alias, Map<String, Object> proof) {
    if (!tenants.aliasesOfOtherTenants(tenant.key(), List.of(alias)).isEmpty()) {
      throw new AliasInUseException(List.of(alias.host()));
    }
    Instant now = clock.instant();
    List<Alias> aliases = new ArrayList<>(tenant.aliases());
    aliases.add(alias);
    tenant.changeSpec(
        tenant.displayName(), aliases, tenant.adminContacts(), tenant.features(), now);
    tenants.save(tenant);
    claims.deleteForHost(alias);
    Submission.Accepted job =
        (Submission.Accepted)
            intake.queue(
                tenant.key(),
                JobKind.PROVISION,
                null,
                Fingerprint.of("VERIFY alias\n" + tenant.key() + "\n" + alias + "\n" + now));
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("alias", alias.host());
    after.put("status", Status.VERIFIED.name());
    after.putAll(proof);
    after.put("job", job.job().id().toString());
    auditor.record(
        "tenant.alias-verify",
        "tenant",
        tenant.key().value(),
        tenant.key(),
        Map.of("alias", alias.host(), "status", Status.PENDING_VERIFICATION.name()),
        after);
    return new Verification(alias, Status.VERIFIED, Optional.empty(), Optional.of(job.job()));
  }
}
