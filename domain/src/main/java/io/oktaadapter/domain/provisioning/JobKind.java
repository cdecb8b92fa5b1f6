package io.oktaadapter.domain.provisioning;

/** What a provisioning job does to a tenant: bring Okta to its desired state, or remove it. */
public enum JobKind {
  PROVISION,
  DELETE
}
