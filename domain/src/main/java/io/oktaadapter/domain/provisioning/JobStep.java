package io.oktaadapter.domain.provisioning;

import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.domain.okta.OktaResourceType;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: one step of a job as recorded, with the Okta id it created or touched.
 *
 * @param detail why a step failed, else {@code null}
 */
public record JobStep(
    StepAction action,
    OktaResourceType type,
    String name,
    StepStatus status,
    OktaId oktaId,
    String detail) {

  public JobStep {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
  }

  static JobStep pending(PlanStep step) {
    return new JobStep(
        step.action(), step.type(), step.name(), StepStatus.PENDING, step.oktaId(), null);
  }

  JobStep with(StepStatus newStatus, OktaId id, String newDetail) {
    return new JobStep(action, type, name, newStatus, id, newDetail);
  }

  public Optional<OktaId> recordedId() {
    return Optional.ofNullable(oktaId);
  }

  public Optional<String> failure() {
    return Optional.ofNullable(detail);
  }
}
