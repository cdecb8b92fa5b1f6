package io.oktaadapter.domain.provisioning;

import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.domain.okta.OktaResourceType;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: one step of a {@link ProvisioningPlan}.
 *
 * @param spec the desired state, for CREATE and UPDATE; {@code null} for DELETE
 * @param oktaId the recorded resource, for UPDATE and DELETE; {@code null} for CREATE
 */
public record PlanStep(
    StepAction action, OktaResourceType type, String name, ResourceSpec spec, OktaId oktaId) {

  public PlanStep {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    if (action != StepAction.DELETE && spec == null) {
      throw new IllegalArgumentException(action + " needs the desired state");
    }
    if (action != StepAction.CREATE && oktaId == null) {
      throw new IllegalArgumentException(action + " needs the recorded Okta id");
    }
  }

  public static PlanStep create(ResourceSpec spec) {
    return new PlanStep(StepAction.CREATE, spec.type(), spec.name(), spec, null);
  }

  public static PlanStep update(ResourceSpec spec, OktaId id) {
    return new PlanStep(StepAction.UPDATE, spec.type(), spec.name(), spec, id);
  }

  public static PlanStep delete(OktaResourceType type, String name, OktaId id) {
    return new PlanStep(StepAction.DELETE, type, name, null, id);
  }

  public Optional<ResourceSpec> desired() {
    return Optional.ofNullable(spec);
  }
}
