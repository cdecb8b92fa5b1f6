package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.port.in.application.ApplicationConfig;
import io.oktaadapter.application.port.out.okta.OktaFailure;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.application.service.provisioning.RunProvisioningJobService.JobContext;
import io.oktaadapter.domain.LifecycleStatus;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.okta.OktaResourceType;
import io.oktaadapter.domain.provisioning.JobId;
import io.oktaadapter.domain.provisioning.JobKind;
import io.oktaadapter.domain.provisioning.JobStatus;
import io.oktaadapter.domain.provisioning.JobStep;
import io.oktaadapter.domain.provisioning.PlanStep;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.oktaadapter.domain.provisioning.ProvisioningPlan;
import io.oktaadapter.domain.provisioning.ResourceSpec;
import io.oktaadapter.domain.provisioning.StepAction;
import io.oktaadapter.domain.provisioning.StepStatus;
import io.oktaadapter.domain.provisioning.TenantResources;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One run of a claimed job: plan, execute step by step (each recorded in its own transaction), and
 * on a permanent failure undo what this job created, latest first. Retryable Okta failures are
 * retried with backoff. Any other failure leaves the job leased; it is resumed by the next runner
 * once the lease runs out.
 */
final class JobExecution {

  private final JobContext c;
  private final String runner;
  private ProvisioningJob job;

  JobExecution(JobContext context, String runner) {
    this.c = context;
    this.runner = runner;
  }

  void run(JobId id) {
    String drift = repairDrift(id);
    Optional<ProvisioningPlan> plan = c.unitOfWork().inNewTransaction(() -> prepare(id));
    if (job.status().isFinished()) {
      return;
    }
    if (plan.isEmpty()) {
      failAndCompensate(failedStepReason());
      return;
    }
    for (PlanStep step : plan.get().steps()) {
      int index = job.indexOf(step);
      try {
        perform(step, index);
      } catch (OktaFailure f) {
        String reason =
            step.action() + " " + step.type() + " " + step.name() + ": " + f.getMessage();
        commit(() -> job.stepFailed(index, reason, c.clock().instant()));
        String leftover = step.action() == StepAction.CREATE ? removeLeftover(step.spec()) : "";
        failAndCompensate(reason + leftover);
        return;
      }
    }
    finish(true, (job.kind() == JobKind.DELETE ? "DELETED" : "READY") + drift);
  }

  /**
   * For a reconcile that has not started: forgets the recorded resources Okta no longer has, so
   * that the plan creates them again.
   */
  private String repairDrift(JobId id) {
    var pending =
        c.unitOfWork()
            .inNewTransaction(
                () -> c.jobs().findById(id).filter(j -> j.status() == JobStatus.QUEUED));
    if (pending.isEmpty() || pending.get().kind() != JobKind.RECONCILE) {
      return "";
    }
    TenantKey tenant = pending.get().tenantKey();
    var recorded = c.unitOfWork().inNewTransaction(() -> c.resources().findByTenant(tenant));
    List<OktaResource> gone =
        recorded.stream().filter(r -> !retrying(() -> c.okta().exists(r))).toList();
    c.unitOfWork()
        .runInNewTransaction(
            () -> {
              if (!c.jobs().extendLease(id, runner, c.settings().lease())) {
                throw new LeaseLostException(id);
              }
              gone.forEach(r -> c.resources().delete(r.type(), r.oktaId()));
            });
    return gone.isEmpty()
        ? "; no drift"
        : "; repaired drift: "
            + gone.stream().map(r -> r.type() + " " + r.name()).collect(Collectors.joining(", "))
            + " had gone from Okta";
  }

  /** Loads the job, plans it and moves the tenant; empty when a failed job must still undo. */
  private Optional<ProvisioningPlan> prepare(JobId id) {
    job = c.jobs().findById(id).orElseThrow();
    if (job.steps().stream().anyMatch(s -> s.status() == StepStatus.FAILED)) {
      return Optional.empty();
    }
    Tenant tenant = c.tenants().findByKey(job.tenantKey()).orElseThrow();
    var recorded = c.resources().findByTenant(job.tenantKey());
    ProvisioningPlan plan =
        job.kind() == JobKind.DELETE
            ? ProvisioningPlan.removal(recorded)
            : ProvisioningPlan.between(
                TenantResources.desired(
                    tenant,
                    c.applications().findByTenant(job.tenantKey()),
                    c.settings().templates()::get),
                recorded);
    if (job.status() == JobStatus.QUEUED) {
      LifecycleStatus next =
          job.kind() == JobKind.DELETE ? LifecycleStatus.DELETING : LifecycleStatus.PROVISIONING;
      if (!tenant.status().canChangeTo(next)) {
        // E.g. a second DELETE queued before the first ran: nothing to do, and nothing to undo.
        job.start(ProvisioningPlan.removal(List.of()), c.clock().instant());
        job.fail("tenant is " + tenant.status() + "; the job cannot start", c.clock().instant());
        c.jobs().save(job);
        c.jobEnd()
            .jobEnded(
                job, tenant, c.resources().findByTenant(job.tenantKey()), c.clock().instant());
        return Optional.empty();
      }
      if (job.kind() == JobKind.DELETE) {
        tenant.startDeletion(c.clock().instant());
      } else {
        tenant.startProvisioning(c.clock().instant());
      }
      c.tenants().save(tenant);
    }
    job.start(plan, c.clock().instant());
    c.jobs().save(job);
    return Optional.of(plan);
  }

  private void perform(PlanStep step, int index) {
    switch (step.action()) {
      case CREATE -> create(step.spec(), index);
      case UPDATE -> {
        retrying(() -> c.okta().update(step.spec(), step.oktaId(), this::recordedId));
        afterWrite(step.spec(), step.oktaId());
        record(index, resource(step.spec(), step.oktaId(), step.spec().fingerprint()));
      }
      case DELETE -> {
        retrying(() -> c.okta().delete(step.type(), step.oktaId()));
        commit(
            () -> {
              forgetSecret(step.type(), step.oktaId());
              c.resources().delete(step.type(), step.oktaId());
              job.stepDone(index, step.oktaId(), c.clock().instant());
            });
      }
    }
  }

  private void create(ResourceSpec spec, int index) {
    OktaId id = retrying(() -> c.okta().create(spec, this::recordedId));
    if (!OktaSteps.needsFinishing(spec)) {
      record(index, resource(spec, id, spec.fingerprint()));
      return;
    }
    // Recorded before activation with a fingerprint that cannot match: a resumed run sees an
    // update due and activates it.
    record(index, resource(spec, id, Fingerprint.of("inactive|" + spec.canonical())));
    retrying(() -> c.okta().update(spec, id, this::recordedId));
    afterWrite(spec, id);
    commit(() -> c.resources().save(resource(spec, id, spec.fingerprint())));
  }

  /** An OIDC application's client secret goes to the secret store, never anywhere else. */
  private void afterWrite(ResourceSpec spec, OktaId id) {
    if (spec instanceof ResourceSpec.OidcApp app) {
      c.okta()
          .clientSecret(id)
          .ifPresent(
              secret ->
                  c.secrets()
                      .write(
                          SecretRef.applicationClientSecret(job.tenantKey(), app.application()),
                          SecretValue.of(secret)));
    }
  }

  private void forgetSecret(OktaResourceType type, OktaId id) {
    if (type == OktaResourceType.OIDC_APPLICATION) {
      c.resources()
          .find(type, id)
          .flatMap(OktaResource::owningApplication)
          .ifPresent(
              app -> c.secrets().delete(SecretRef.applicationClientSecret(job.tenantKey(), app)));
    }
  }

  private void record(int index, OktaResource resource) {
    commit(
        () -> {
          c.resources().save(resource);
          job.stepDone(index, resource.oktaId(), c.clock().instant());
        });
  }

  private OktaResource resource(ResourceSpec spec, OktaId id, Fingerprint fingerprint) {
    return new OktaResource(
        spec.type(), id, spec.name(), job.tenantKey(), spec.application(), fingerprint);
  }

  /** Removes what the failed create may have left in Okta; the note says when that failed too. */
  private String removeLeftover(ResourceSpec spec) {
    try {
      retrying(
          () ->
              c.okta()
                  .leftover(spec, this::recordedId)
                  .ifPresent(id -> c.okta().delete(spec.type(), id)));
      return "";
    } catch (OktaFailure f) {
      return "; a partly created " + spec.name() + " may remain: " + f.getMessage();
    }
  }

  private void failAndCompensate(String reason) {
    int undone = 0;
    int left = 0;
    for (int index : job.createdLatestFirst()) {
      JobStep s = job.steps().get(index);
      OktaId id = s.oktaId();
      try {
        retrying(() -> c.okta().delete(s.type(), id));
        commit(
            () -> {
              forgetSecret(s.type(), id);
              c.resources().delete(s.type(), id);
              job.stepCompensated(index, c.clock().instant());
            });
        undone++;
      } catch (OktaFailure f) {
        left++;
      }
    }
    String summary =
        reason
            + "; rolled back "
            + undone
            + " created resource(s)"
            + (left == 0 ? "" : ", " + left + " could not be removed and stay recorded");
    finish(false, summary);
  }

  private void finish(boolean succeeded, String outcome) {
    List<ApplicationConfig> configured = succeeded ? configuredApplications() : List.of();
    c.unitOfWork()
        .runInNewTransaction(
            () -> {
              renewLease();
              var now = c.clock().instant();
              Tenant tenant = c.tenants().findByKey(job.tenantKey()).orElseThrow();
              if (!succeeded) {
                job.fail(outcome, now);
                tenant.markFailed(outcome, now);
              } else if (job.kind() == JobKind.DELETE) {
                job.succeed(outcome, now);
                tenant.markDeleted(now);
              } else {
                job.succeed(outcome, now);
                tenant.markReady(now);
              }
              c.tenants().save(tenant);
              settleApplications(succeeded, outcome, now);
              c.jobs().save(job);
              var resources = c.resources().findByTenant(job.tenantKey());
              c.outbox().append(c.events().lifecycle(tenant, job, resources, now));
              c.jobEnd().jobEnded(job, tenant, resources, now);
              configured.forEach(
                  config -> c.outbox().append(c.events().configured(config, job, now)));
            });
  }

  /** Moves the tenant's applications to the job's outcome. */
  private void settleApplications(boolean succeeded, String outcome, java.time.Instant now) {
    for (Application app : c.applications().findByTenant(job.tenantKey())) {
      LifecycleStatus target;
      if (app.status() == LifecycleStatus.DELETING || job.kind() == JobKind.DELETE) {
        target = succeeded ? LifecycleStatus.DELETED : LifecycleStatus.FAILED;
        if (app.status() != LifecycleStatus.DELETING) {
          app.moveTo(LifecycleStatus.DELETING, null, now);
        }
      } else if (app.status() == LifecycleStatus.READY && succeeded) {
        continue;
      } else {
        target = succeeded ? LifecycleStatus.READY : LifecycleStatus.FAILED;
        if (app.status() != LifecycleStatus.PROVISIONING) {
          app.moveTo(LifecycleStatus.PROVISIONING, null, now);
        }
      }
      app.moveTo(target, target == LifecycleStatus.FAILED ? outcome : null, now);
      c.applications().save(app);
    }
  }

  /**
   * The configuration of each live application this job created or changed (or that was not yet
   * READY), read before the final transaction because the client id comes from Okta.
   */
  private List<ApplicationConfig> configuredApplications() {
    if (job.kind() == JobKind.DELETE) {
      return List.of();
    }
    var touched =
        job.steps().stream()
            .filter(s -> s.status() == StepStatus.DONE && s.action() != StepAction.DELETE)
            .map(JobStep::name)
            .toList();
    return c.unitOfWork()
        .inNewTransaction(
            () -> {
              var recorded = c.resources().findByTenant(job.tenantKey());
              return c.applications().findByTenant(job.tenantKey()).stream()
                  .filter(
                      a ->
                          a.status() != LifecycleStatus.DELETING
                              && a.status() != LifecycleStatus.DELETED)
                  .filter(
                      a ->
                          a.status() != LifecycleStatus.READY
                              || touched.stream()
                                  .anyMatch(n -> n.startsWith(TenantResources.applicationName(a))))
                  .flatMap(a -> c.configs().of(a, recorded).stream())
                  .toList();
            });
  }

  private String failedStepReason() {
    return job.steps().stream()
        .filter(s -> s.status() == StepStatus.FAILED)
        .findFirst()
        .flatMap(JobStep::failure)
        .orElse("a step failed");
  }

  private OktaId recordedId(OktaResourceType type, String name) {
    return c.unitOfWork()
        .inNewTransaction(
            () ->
                c.resources().findByTenant(job.tenantKey()).stream()
                    .filter(r -> r.type() == type && r.name().equals(name))
                    .map(OktaResource::oktaId)
                    .findFirst()
                    .orElseThrow(
                        () -> new IllegalStateException(type + " " + name + " not recorded")));
  }

  /** Commits a change of the job (and records) together with a lease renewal. */
  private void commit(Runnable change) {
    c.unitOfWork()
        .runInNewTransaction(
            () -> {
              renewLease();
              change.run();
              c.jobs().save(job);
            });
  }

  private void renewLease() {
    if (!c.jobs().extendLease(job.id(), runner, c.settings().lease())) {
      throw new LeaseLostException(job.id());
    }
  }

  private void retrying(Runnable call) {
    retrying(
        () -> {
          call.run();
          return null;
        });
  }

  private <T> T retrying(Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (OktaFailure f) {
        if (!f.isRetryable() || attempt >= c.settings().maxAttempts()) {
          throw f;
        }
        pause(attempt, f);
        c.unitOfWork().runInNewTransaction(this::renewLease);
      }
    }
  }

  private void pause(int attempt, OktaFailure f) {
    long millis = c.settings().retryBackoff().toMillis() << Math.min(attempt - 1, 6);
    if (f instanceof OktaFailure.RateLimited limited) {
      long untilReset = limited.resetAt().toEpochMilli() - c.clock().millis();
      millis = Math.max(millis, Math.min(untilReset, 60_000));
    }
    try {
      Thread.sleep(Math.min(millis, 60_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry", e);
    }
  }

  /** Another runner took the job over because this one's lease ran out. */
  static final class LeaseLostException extends RuntimeException {
    LeaseLostException(JobId id) {
      super("lease on job " + id + " lost");
    }
  }
}
