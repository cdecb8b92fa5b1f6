package io.oktaadapter.adapters.in.rest.job;

import io.oktaadapter.domain.provisioning.PlanStep;
import io.oktaadapter.domain.provisioning.ProvisioningPlan;
import java.util.List;

/** REST adapter: what a provisioning job would create, change and delete in Okta. */
public record PlanDto(boolean empty, List<Step> steps) {

  /** One planned change; {@code oktaId} names the recorded resource of an update or delete. */
  public record Step(String action, String type, String name, String oktaId) {}

  public static PlanDto of(ProvisioningPlan plan) {
    return new PlanDto(plan.isEmpty(), plan.steps().stream().map(PlanDto::step).toList());
  }

  private static Step step(PlanStep s) {
    return new Step(
        s.action().name(),
        s.type().name(),
        s.name(),
        s.oktaId() == null ? null : s.oktaId().value());
  }
}
