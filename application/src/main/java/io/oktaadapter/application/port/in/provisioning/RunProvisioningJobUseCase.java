package io.oktaadapter.application.port.in.provisioning;

/** Inbound port: a job runner claims the next provisioning job and runs it to its end. */
public interface RunProvisioningJobUseCase {

  /**
   * @param runner this runner's unique name, held in the job's lease
   * @return whether a job was claimed
   */
  boolean runNext(String runner);
}
