package io.oktaadapter.domain.provisioning;

/** Lifecycle of a provisioning job: QUEUED → RUNNING → SUCCEEDED or FAILED. */
public enum JobStatus {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED;

  public boolean isFinished() {
    return this == SUCCEEDED || this == FAILED;
  }
}
