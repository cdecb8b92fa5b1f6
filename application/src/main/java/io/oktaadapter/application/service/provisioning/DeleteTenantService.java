package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.port.in.provisioning.DeleteTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.domain.IllegalStatusTransitionException;
import io.oktaadapter.domain.LifecycleStatus;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.provisioning.IdempotencyKey;
import io.oktaadapter.domain.provisioning.JobKind;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantNotFoundException;
import java.time.Clock;

/** Use case: queue the job that removes a tenant's recorded Okta resources, then the tenant. */
public class DeleteTenantService implements DeleteTenantUseCase {

  private final TenantRepository tenants;
  private final JobQueue intake;

  public DeleteTenantService(
      TenantRepository tenants, ProvisioningJobRepository jobs, Clock clock) {
    this.tenants = tenants;
    this.intake = new JobQueue(jobs, clock);
  }

  @Override
  public Submission delete(TenantKey key, IdempotencyKey idempotencyKey) {
    Fingerprint request = Fingerprint.of("DELETE tenant\n" + key.value());
    var replay = intake.replay(idempotencyKey, request);
    if (replay.isPresent()) {
      return replay.get();
    }
    Tenant tenant = tenants.findByKey(key).orElseThrow(() -> new TenantNotFoundException(key));
    if (tenant.status() == LifecycleStatus.DELETING || tenant.status() == LifecycleStatus.DELETED) {
      throw new IllegalStatusTransitionException(
          "tenant " + key, tenant.status(), LifecycleStatus.DELETING);
    }
    return intake.queue(key, JobKind.DELETE, idempotencyKey, request);
  }
}
