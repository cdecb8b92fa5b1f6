package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.common.NotFoundException;
import io.oktaadapter.application.port.in.provisioning.GetJobUseCase;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import io.oktaadapter.domain.provisioning.JobId;
import io.oktaadapter.domain.provisioning.ProvisioningJob;

/** Use case: one provisioning job with its steps. */
public class GetJobService implements GetJobUseCase {

  private final ProvisioningJobRepository jobs;

  public GetJobService(ProvisioningJobRepository jobs) {
    this.jobs = jobs;
  }

  @Override
  public ProvisioningJob getJob(JobId id) {
    return jobs.findById(id).orElseThrow(() -> new NotFoundException("job " + id + " not found"));
  }
}
