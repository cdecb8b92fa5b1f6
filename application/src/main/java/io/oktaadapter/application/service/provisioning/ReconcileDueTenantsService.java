package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.port.in.provisioning.ReconcileDueTenantsUseCase;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import java.time.Duration;

/** Use case: the scheduled reconcile of every READY tenant, once per interval. */
public class ReconcileDueTenantsService implements ReconcileDueTenantsUseCase {

  private final ProvisioningJobRepository jobs;

  public ReconcileDueTenantsService(ProvisioningJobRepository jobs) {
    this.jobs = jobs;
  }

  @Override
  public int reconcileDue(Duration interval) {
    return jobs.queueReconcilesDue(interval);
  }
}
