package io.oktaadapter.bootstrap.wiring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.oktaadapter.application.port.out.provisioning.DriftMetrics;
import io.oktaadapter.domain.okta.OktaResourceType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wiring: {@link DriftMetrics} as the counter {@code
 * okta_adapter_drift_total{type,change,repaired}} (drifted Okta resources found by reconciles).
 */
@ApplicationScoped
class MicrometerDriftMetrics implements DriftMetrics {

  private final MeterRegistry registry;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  MicrometerDriftMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void drifted(OktaResourceType type, String change, boolean repaired) {
    counters
        .computeIfAbsent(
            type + "|" + change + "|" + repaired,
            k ->
                Counter.builder("okta_adapter_drift")
                    .description("Okta resources found drifted from the desired state")
                    .tag("type", type.name())
                    .tag("change", change)
                    .tag("repaired", Boolean.toString(repaired))
                    .register(registry))
        .increment();
  }
}
