package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.port.in.provisioning.ReconcileTenantUseCase;
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

/** Use case: queue a reconcile job, which repairs drift between Okta and the desired state. */
public class ReconcileTenantService implements ReconcileTenantUseCase {

  private final TenantRepository tenants;
  private final JobQueue queue;

  public ReconcileTenantService(
      TenantRepository tenants, ProvisioningJobRepository jobs, Clock clock) {
    this.tenants = tenants;
    this.queue = new JobQueue(jobs, clock);
  }

  @Override
  public Submission reconcile(TenantKey key, IdempotencyKey idempotencyKey) {
    Fingerprint request = Fingerprint.of("RECONCILE tenant\n" + key.value());
    var replay = queue.replay(idempotencyKey, request);
    if (replay.isPresent()) {
      return replay.get();
    }
    Tenant tenant = tenants.findByKey(key).orElseThrow(() -> new TenantNotFoundException(key));
    if (!tenant.status().canChangeTo(LifecycleStatus.PROVISIONING)) {
      throw new IllegalStatusTransitionException(
          "tenant " + key, tenant.status(), LifecycleStatus.PROVISIONING);
    }
    return queue.queue(key, JobKind.RECONCILE, idempotencyKey, request);
  }
}
