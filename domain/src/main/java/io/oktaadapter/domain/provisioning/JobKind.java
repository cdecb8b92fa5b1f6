package io.oktaadapter.domain.provisioning;

/**
 * What a provisioning job does to a tenant: bring Okta to its desired state, first check that the
 * recorded resources still exist in Okta (drift) and then do the same, or remove it.
 */
public enum JobKind {
  PROVISION,
  RECONCILE,
  DELETE,
  /**
   * Take over what Okta already holds under the tenant's naming convention (recorded, then brought
   * to the desired state), create what is missing.
   */
  IMPORT
}
