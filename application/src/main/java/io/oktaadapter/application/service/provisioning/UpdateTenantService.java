package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.common.AliasHasApplicationsException;
import io.oktaadapter.application.common.AliasInUseException;
import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.application.port.in.provisioning.SubmitTenantCommand;
import io.oktaadapter.application.port.in.provisioning.UpdateTenantUseCase;
import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.domain.LifecycleStatus;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.provisioning.JobKind;
import io.oktaadapter.domain.provisioning.ProvisioningPlan;
import io.oktaadapter.domain.provisioning.TenantResources;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantNotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Use case: replace a tenant's desired state and queue the job that applies the difference. */
public class UpdateTenantService implements UpdateTenantUseCase {

  private final TenantRepository tenants;
  private final OktaResourceRepository resources;
  private final ApplicationRepository applications;
  private final ProvisioningSettings settings;
  private final JobQueue intake;
  private final Clock clock;
  private final AliasAdmission aliases;

  public UpdateTenantService(
      TenantRepository tenants,
      OktaResourceRepository resources,
      ApplicationRepository applications,
      ProvisioningSettings settings,
      ProvisioningJobRepository jobs,
      Clock clock,
      AliasAdmission aliases) {
    this.aliases = aliases;
    this.tenants = tenants;
    this.resources = resources;
    this.applications = applications;
    this.settings = settings;
    this.intake = new JobQueue(jobs, clock);
    this.clock = clock;
  }

  @Override
  public Submission update(SubmitTenantCommand command) {
    Fingerprint request = Fingerprint.of("PUT tenant\n" + command.spec().canonical());
    if (!command.dryRun()) {
      var replay = intake.replay(command.idempotencyKey(), request);
      if (replay.isPresent()) {
        return replay.get();
      }
    }
    Tenant tenant =
        tenants
            .findByKey(command.spec().key())
            .orElseThrow(() -> new TenantNotFoundException(command.spec().key()));
    var taken = tenants.aliasesOfOtherTenants(tenant.key(), command.spec().aliases());
    if (!taken.isEmpty()) {
      throw new AliasInUseException(taken.stream().map(Alias::host).toList());
    }
    refuseRemovingAliasesInUse(tenant, command.spec().aliases());
    // Aliases the tenant holds or that are on a platform domain; the others are claims.
    var verified = aliases.verifiedPart(command.spec(), tenant.aliases());
    if (command.dryRun()) {
      Tenant desired = verified.register(clock.instant());
      return new Submission.Planned(
          ProvisioningPlan.between(
              TenantResources.desired(
                  desired, applications.findByTenant(tenant.key()), settings.templates()::get),
              resources.findByTenant(tenant.key())));
    }
    verified.applyTo(tenant, clock.instant());
    tenants.save(tenant);
    aliases.syncClaims(tenant.key(), command.spec().aliases(), tenant.aliases(), clock.instant());
    return intake.queue(tenant.key(), JobKind.PROVISION, command.idempotencyKey(), request);
  }

  /**
   * An alias that an application of the tenant still has a base URL on stays until the application
   * is moved off it: removing it would leave the application's redirect URIs on a host the tenant
   * gave up.
   */
  private void refuseRemovingAliasesInUse(Tenant tenant, List<Alias> desired) {
    Set<Alias> kept = new HashSet<>(desired);
    Map<String, List<String>> inUse = new TreeMap<>();
    for (Application app : applications.findByTenant(tenant.key())) {
      if (app.status() == LifecycleStatus.DELETED || app.status() == LifecycleStatus.DELETING) {
        continue;
      }
      for (Alias alias : app.baseUrls().keySet()) {
        if (!kept.contains(alias)) {
          inUse.computeIfAbsent(alias.host(), a -> new ArrayList<>()).add(app.id().toString());
        }
      }
    }
    if (!inUse.isEmpty()) {
      throw new AliasHasApplicationsException(inUse);
    }
  }
}
