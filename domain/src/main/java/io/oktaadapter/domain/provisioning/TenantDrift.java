package io.oktaadapter.domain.provisioning;

import io.oktaadapter.domain.tenant.TenantKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Value object: what the last reconcile of a tenant found in Okta that differs from the desired
 * state (resources removed or edited by hand), and what became of it.
 *
 * @param findings one line per drifted resource, e.g. {@code TRUSTED_ORIGIN acme-origin-a: scopes
 *     changed}
 */
public record TenantDrift(
    TenantKey tenant, Status status, List<String> findings, Instant checkedAt) {

  /** The outcome of the last check. */
  public enum Status {
    /** Okta matched the desired state. */
    IN_SYNC,
    /** Drift was found and left as it is (policy REPORT, or the repair failed). */
    DRIFTED,
    /** Drift was found and repaired. */
    REPAIRED
  }

  public TenantDrift {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(status, "status");
    findings = List.copyOf(findings);
    Objects.requireNonNull(checkedAt, "checkedAt");
  }
}
