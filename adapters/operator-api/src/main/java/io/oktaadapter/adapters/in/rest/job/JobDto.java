package io.oktaadapter.adapters.in.rest.job;

import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.domain.provisioning.JobStep;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import java.time.Instant;
import java.util.List;

/** REST adapter: a provisioning job with each of its steps. */
public record JobDto(
    String id,
    String tenantKey,
    String kind,
    String status,
    String result,
    Instant createdAt,
    Instant updatedAt,
    List<Step> steps) {

  /** One step: what it does to which Okta resource, and how far it got. */
  public record Step(
      String action, String type, String name, String status, String oktaId, String detail) {
    static Step of(JobStep s) {
      return new Step(
          s.action().name(),
          s.type().name(),
          s.name(),
          s.status().name(),
          s.recordedId().map(OktaId::value).orElse(null),
          s.failure().orElse(null));
    }
  }

  public static JobDto of(ProvisioningJob job) {
    return new JobDto(
        job.id().toString(),
        job.tenantKey().value(),
        job.kind().name(),
        job.status().name(),
        job.result().orElse(null),
        job.createdAt(),
        job.updatedAt(),
        job.steps().stream().map(Step::of).toList());
  }
}
