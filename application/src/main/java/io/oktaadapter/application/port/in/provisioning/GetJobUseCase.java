package io.oktaadapter.application.port.in.provisioning;

import io.oktaadapter.domain.provisioning.JobId;
import io.oktaadapter.domain.provisioning.ProvisioningJob;

/** Inbound port: one provisioning job with its steps. */
public interface GetJobUseCase {

  /**
   * @throws io.oktaadapter.application.common.NotFoundException when there is no such job
   */
  ProvisioningJob getJob(JobId id);
}
