package io.oktaadapter.domain.provisioning;

/** What a plan step does to one Okta resource. */
public enum StepAction {
  CREATE,
  UPDATE,
  DELETE
}
