package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.common.AliasInUseException;
import io.oktaadapter.application.common.AlreadyExistsException;
import io.oktaadapter.application.port.in.provisioning.ImportTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.application.port.in.provisioning.SubmitTenantCommand;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.domain.LifecycleStatus;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.provisioning.JobKind;
import io.oktaadapter.domain.provisioning.ProvisioningPlan;
import io.oktaadapter.domain.provisioning.TenantResources;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.Tenant;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Use case: register a tenant that already exists in Okta and queue the job that imports it. */
public class ImportTenantService implements ImportTenantUseCase {

  private final TenantRepository tenants;
  private final JobQueue intake;
  private final Clock clock;
  private final AliasAdmission aliases;

  public ImportTenantService(
      TenantRepository tenants,
      ProvisioningJobRepository jobs,
      Clock clock,
      AliasAdmission aliases) {
    this.aliases = aliases;
    this.tenants = tenants;
    this.intake = new JobQueue(jobs, clock);
    this.clock = clock;
  }

  @Override
  public Submission importTenant(SubmitTenantCommand command) {
    Fingerprint request = Fingerprint.of("IMPORT tenant\n" + command.spec().canonical());
    if (!command.dryRun()) {
      var replay = intake.replay(command.idempotencyKey(), request);
      if (replay.isPresent()) {
        return replay.get();
      }
    }
    // A key is free again once the deletion of its tenant has finished.
    Optional<Tenant> previous =
        tenants.findByKey(command.spec().key()).filter(t -> t.status() == LifecycleStatus.DELETED);
    if (previous.isEmpty() && tenants.findByKey(command.spec().key()).isPresent()) {
      throw new AlreadyExistsException(
          "tenant "
              + command.spec().key()
              + " is already managed; use POST /api/v1/tenants/"
              + command.spec().key()
              + "/reconcile to compare it with Okta");
    }
    var taken = tenants.aliasesOfOtherTenants(command.spec().key(), command.spec().aliases());
    if (!taken.isEmpty()) {
      throw new AliasInUseException(taken.stream().map(Alias::host).toList());
    }
    // Only aliases on a platform domain are the tenant's at once; the others are claims.
    var verified = aliases.verifiedPart(command.spec(), List.of());
    Tenant tenant =
        previous.isPresent()
            ? verified.registerInPlaceOf(previous.get(), clock.instant())
            : verified.register(clock.instant());
    if (command.dryRun()) {
      return new Submission.Planned(
          ProvisioningPlan.between(TenantResources.desired(tenant), List.of()));
    }
    if (previous.isPresent()) {
      tenants.replaceDeleted(tenant);
    } else {
      tenants.save(tenant);
    }
    aliases.syncClaims(tenant.key(), command.spec().aliases(), tenant.aliases(), clock.instant());
    return intake.queue(tenant.key(), JobKind.IMPORT, command.idempotencyKey(), request);
  }
}
