package io.oktaadapter.domain.provisioning;

import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.domain.tenant.TenantKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Entity: one unit of provisioning work on a tenant, with its steps. A resumed job keeps the steps
 * it finished and plans the rest again, so a runner that died mid-way loses nothing.
 */
public final class ProvisioningJob {

  private final JobId id;
  private final TenantKey tenantKey;
  private final JobKind kind;
  private final String idempotencyKey;
  private final Fingerprint request;
  private final Instant createdAt;
  private final List<JobStep> steps;
  private JobStatus status;
  private String result;
  private Instant updatedAt;

  private ProvisioningJob(
      JobId id,
      TenantKey tenantKey,
      JobKind kind,
      String idempotencyKey,
      Fingerprint request,
      JobStatus status,
      List<JobStep> steps,
      String result,
      Instant createdAt,
      Instant updatedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.tenantKey = Objects.requireNonNull(tenantKey, "tenantKey");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.idempotencyKey = idempotencyKey;
    this.request = Objects.requireNonNull(request, "request");
    this.status = Objects.requireNonNull(status, "status");
    this.steps = new ArrayList<>(steps);
    this.result = result;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** A new job, queued for a runner. */
  public static ProvisioningJob queue(
      TenantKey tenant, JobKind kind, IdempotencyKey key, Fingerprint request, Instant now) {
    return new ProvisioningJob(
        JobId.random(),
        tenant,
        kind,
        key == null ? null : key.value(),
        request,
        JobStatus.QUEUED,
        List.of(),
        null,
        now,
        now);
  }

  /** A job as it was stored; for persistence adapters. */
  public static ProvisioningJob restore(
      JobId id,
      TenantKey tenant,
      JobKind kind,
      String idempotencyKey,
      Fingerprint request,
      JobStatus status,
      List<JobStep> steps,
      String result,
      Instant createdAt,
      Instant updatedAt) {
    return new ProvisioningJob(
        id, tenant, kind, idempotencyKey, request, status, steps, result, createdAt, updatedAt);
  }

  /** Starts (or resumes) the job: finished steps stay, the rest is replaced by {@code plan}. */
  public void start(ProvisioningPlan plan, Instant now) {
    if (status.isFinished()) {
      throw new IllegalStateException("job " + id + " has already finished");
    }
    steps.removeIf(s -> s.status() == StepStatus.PENDING);
    plan.steps().forEach(s -> steps.add(JobStep.pending(s)));
    status = JobStatus.RUNNING;
    updatedAt = now;
  }

  /** Index of the first pending step matching {@code step}; the runner executes in plan order. */
  public int indexOf(PlanStep step) {
    for (int i = 0; i < steps.size(); i++) {
      JobStep s = steps.get(i);
      if (s.status() == StepStatus.PENDING
          && s.action() == step.action()
          && s.type() == step.type()
          && s.name().equals(step.name())) {
        return i;
      }
    }
    throw new IllegalArgumentException("no pending step " + step.action() + " " + step.name());
  }

  public void stepDone(int index, OktaId oktaId, Instant now) {
    steps.set(index, steps.get(index).with(StepStatus.DONE, oktaId, null));
    updatedAt = now;
  }

  public void stepFailed(int index, String reason, Instant now) {
    JobStep s = steps.get(index);
    steps.set(index, s.with(StepStatus.FAILED, s.oktaId(), reason));
    updatedAt = now;
  }

  public void stepCompensated(int index, Instant now) {
    JobStep s = steps.get(index);
    steps.set(index, s.with(StepStatus.COMPENSATED, s.oktaId(), s.detail()));
    updatedAt = now;
  }

  /** Indexes of the resources this job created and still holds, latest first (undo order). */
  public List<Integer> createdLatestFirst() {
    List<Integer> created = new ArrayList<>();
    for (int i = steps.size() - 1; i >= 0; i--) {
      JobStep s = steps.get(i);
      // A create that failed after Okta gave its id (e.g. a rule that would not activate) counts.
      boolean holds =
          s.status() == StepStatus.DONE
              || (s.status() == StepStatus.FAILED && s.recordedId().isPresent());
      if (s.action() == StepAction.CREATE && holds) {
        created.add(i);
      }
    }
    return created;
  }

  public void succeed(String outcome, Instant now) {
    finish(JobStatus.SUCCEEDED, outcome, now);
  }

  public void fail(String reason, Instant now) {
    finish(JobStatus.FAILED, reason, now);
  }

  private void finish(JobStatus end, String outcome, Instant now) {
    if (status.isFinished()) {
      throw new IllegalStateException("job " + id + " has already finished");
    }
    status = end;
    result = Objects.requireNonNull(outcome, "outcome");
    updatedAt = now;
  }

  public JobId id() {
    return id;
  }

  public TenantKey tenantKey() {
    return tenantKey;
  }

  public JobKind kind() {
    return kind;
  }

  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** Fingerprint of the request that queued the job; a replay must match it. */
  public Fingerprint request() {
    return request;
  }

  public JobStatus status() {
    return status;
  }

  public List<JobStep> steps() {
    return List.copyOf(steps);
  }

  /** The outcome (or failure reason) once finished. */
  public Optional<String> result() {
    return Optional.ofNullable(result);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
