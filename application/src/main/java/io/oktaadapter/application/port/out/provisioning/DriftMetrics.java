package io.oktaadapter.application.port.out.provisioning;

import io.oktaadapter.domain.okta.OktaResourceType;

/** Outbound port: counts drifted Okta resources found by reconciles (for alerting). */
@FunctionalInterface
public interface DriftMetrics {

  DriftMetrics NONE = (type, change, repaired) -> {};

  /**
   * One drifted resource.
   *
   * @param change {@code missing} (removed in Okta) or {@code changed} (edited in Okta)
   * @param repaired whether the tenant's policy had it repaired
   */
  void drifted(OktaResourceType type, String change, boolean repaired);
}
