package io.oktaadapter.domain.provisioning;

/** Progress of one job step; COMPENSATED means a created resource was removed again. */
public enum StepStatus {
  PENDING,
  DONE,
  FAILED,
  COMPENSATED
}
