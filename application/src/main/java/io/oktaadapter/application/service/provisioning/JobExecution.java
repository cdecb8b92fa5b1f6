package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.common.ConcurrentChangeException;
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
import io.oktaadapter.domain.provisioning.TenantDrift;
import io.oktaadapter.domain.provisioning.TenantResources;
import io.oktaadapter.domain.tenant.DriftPolicy;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One run of a claimed job: plan, execute the steps (independent ones at the same time, each
 * recorded in its own transaction before its dependents start), and on a permanent failure undo
 * what this job created, latest first. Retryable Okta failures are retried with backoff. Any other
 * failure leaves the job leased; it is resumed by the next runner once the lease runs out.
 */
final class JobExecution {

  private final JobContext c;
  private final String runner;
  private final Object commitLock = new Object();
  // Okta ids this run committed, by type/name.
  private final java.util.Map<String, OktaId> recordedIds =
      new java.util.concurrent.ConcurrentHashMap<>();
  private volatile ProvisioningJob job;
  // Set by a reconcile's drift check; null for other jobs.
  private List<Finding> findings;
  private DriftPolicy policy;

  /** What a reconcile found drifted (gone or changed), for the drift notification. */
  private List<String> drifted = List.of();

  JobExecution(JobContext context, String runner) {
    this.c = context;
    this.runner = runner;
  }

  void run(JobId id) {
    // A reconcile or import that has not started first looks at Okta.
    Optional<ProvisioningJob> pending =
        c.unitOfWork()
            .inNewTransaction(
                () -> c.jobs().findById(id).filter(j -> j.status() == JobStatus.QUEUED));
    JobKind kind = pending.map(ProvisioningJob::kind).orElse(null);
    String drift =
        kind == JobKind.RECONCILE
            ? checkDrift(pending.get())
            : kind == JobKind.IMPORT ? adoptByName(pending.get()) : "";
    Optional<ProvisioningPlan> plan = prepareRetrying(id);
    if (job.status().isFinished()) {
      return;
    }
    if (plan.isEmpty()) {
      failAndCompensate(failedStepReason());
      return;
    }
    Optional<String> failure = execute(plan.get());
    if (failure.isPresent()) {
      failAndCompensate(failure.get());
      return;
    }
    finish(true, (job.kind() == JobKind.DELETE ? "DELETED" : "READY") + drift);
  }

  /**
   * Runs the plan's steps, each as soon as the steps it depends on are done, at most {@code
   * stepParallelism} at a time. Each step commits its Okta id on its own before its dependents
   * start. After a permanent Okta failure no further step starts; the steps under way finish (and
   * record what they created), so that compensation sees everything.
   *
   * @return the reason of the first failed step in plan order, when a step failed permanently
   */
  private Optional<String> execute(ProvisioningPlan plan) {
    List<PlanStep> steps = plan.steps();
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    int[] indexes = steps.stream().mapToInt(job::indexOf).toArray();
    List<List<Integer>> waits = plan.dependencies();
    int threads = Math.min(c.settings().stepParallelism(), steps.size());
    if (threads == 1) {
      for (int i = 0; i < steps.size(); i++) {
        Optional<String> failed = performOrRecordFailure(steps.get(i), indexes[i]);
        if (failed.isPresent()) {
          return failed;
        }
      }
      return Optional.empty();
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "provisioning-step-" + job.id());
              t.setDaemon(true);
              return t;
            });
    AtomicBoolean stop = new AtomicBoolean();
    String[] failures = new String[steps.size()];
    List<CompletableFuture<Void>> done = new ArrayList<>();
    try {
      for (int i = 0; i < steps.size(); i++) {
        int at = i;
        CompletableFuture<?>[] before =
            waits.get(i).stream().map(done::get).toArray(CompletableFuture[]::new);
        done.add(
            CompletableFuture.allOf(before)
                .thenRunAsync(
                    () -> {
                      if (stop.get()) {
                        throw new CancellationException("an earlier step failed");
                      }
                      try {
                        performOrRecordFailure(steps.get(at), indexes[at])
                            .ifPresent(
                                reason -> {
                                  failures[at] = reason;
                                  stop.set(true);
                                });
                      } catch (RuntimeException e) {
                        stop.set(true);
                        throw e;
                      }
                    },
                    pool));
      }
      try {
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
      } catch (CompletionException | CancellationException e) {
        // Looked at per step below.
      }
    } finally {
      pool.shutdown();
    }
    // A failure other than Okta's (lease lost, database down) leaves the job to be resumed.
    for (CompletableFuture<Void> f : done) {
      Throwable cause = unexpectedFailure(f);
      if (cause instanceof RuntimeException e) {
        throw e;
      }
      if (cause instanceof Error e) {
        throw e;
      }
    }
    for (String reason : failures) {
      if (reason != null) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }

  /** The failure of a step's future other than being skipped after another step failed. */
  private static Throwable unexpectedFailure(CompletableFuture<Void> f) {
    if (!f.isCompletedExceptionally()) {
      return null;
    }
    try {
      f.join();
      return null;
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      return cause instanceof CancellationException ? null : cause;
    } catch (CancellationException e) {
      return null;
    }
  }

  /** Performs one step; a permanent Okta failure is recorded and its reason returned. */
  private Optional<String> performOrRecordFailure(PlanStep step, int index) {
    try {
      perform(step, index);
      return Optional.empty();
    } catch (OktaFailure f) {
      String reason = step.action() + " " + step.type() + " " + step.name() + ": " + f.getMessage();
      commit(() -> job.stepFailed(index, reason, c.clock().instant()));
      String leftover = step.action() == StepAction.CREATE ? removeLeftover(step.spec()) : "";
      return Optional.of(reason + leftover);
    }
  }

  /** A drifted resource a reconcile found. */
  private record Finding(OktaResource resource, String change) {
    boolean gone() {
      return OktaSteps.GONE.equals(change);
    }

    String line() {
      return resource.type() + " " + resource.name() + ": " + change;
    }
  }

  /**
   * For a reconcile that has not started: compares every recorded resource with Okta (gone, or its
   * content edited by hand). Under the tenant's REPAIR policy, a resource that is gone is forgotten
   * (the plan creates it again) and a changed one is marked so that the plan updates it; under
   * REPORT nothing is touched. The outcome is recorded when the job ends.
   */
  private String checkDrift(ProvisioningJob pending) {
    JobId id = pending.id();
    TenantKey tenantKey = pending.tenantKey();
    record State(Tenant tenant, List<OktaResource> recorded, List<ResourceSpec> desired) {}
    State state =
        c.unitOfWork()
            .inNewTransaction(
                () -> {
                  Tenant t = c.tenants().findByKey(tenantKey).orElseThrow();
                  return new State(
                      t,
                      c.resources().findByTenant(tenantKey),
                      TenantResources.desired(
                          t,
                          c.applications().findByTenant(tenantKey),
                          c.settings().templates()::get));
                });
    policy = state.tenant().features().drift();
    OktaSteps.Resolver ids =
        (type, name) ->
            state.recorded().stream()
                .filter(r -> r.type() == type && r.name().equals(name))
                .map(OktaResource::oktaId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(type + " " + name + " not recorded"));
    List<Finding> found = new ArrayList<>();
    for (OktaResource r : state.recorded()) {
      ResourceSpec desired =
          state.desired().stream()
              .filter(d -> d.type() == r.type() && d.name().equals(r.name()))
              .findFirst()
              .orElse(null);
      retrying(() -> c.okta().drift(r, desired, ids))
          .ifPresent(change -> found.add(new Finding(r, change)));
    }
    findings = found;
    drifted =
        found.stream()
            .map(f -> f.gone() ? f.resource().type() + " " + f.resource().name() : f.line())
            .toList();
    boolean repair = policy == DriftPolicy.REPAIR;
    c.unitOfWork()
        .runInNewTransaction(
            () -> {
              if (!c.jobs().extendLease(id, runner, c.settings().lease())) {
                throw new LeaseLostException(id);
              }
              if (!repair) {
                return;
              }
              for (Finding f : found) {
                OktaResource r = f.resource();
                if (f.gone()) {
                  c.resources().delete(r.type(), r.oktaId());
                } else {
                  // A fingerprint no desired state has: the plan updates the resource.
                  c.resources()
                      .save(
                          new OktaResource(
                              r.type(),
                              r.oktaId(),
                              r.name(),
                              r.tenantKey(),
                              r.owningApplication().orElse(null),
                              Fingerprint.of("drifted|" + r.fingerprint().hex())));
                }
              }
            });
    if (found.isEmpty()) {
      return "; no drift";
    }
    String gone =
        found.stream()
            .filter(Finding::gone)
            .map(f -> f.resource().type() + " " + f.resource().name())
            .collect(Collectors.joining(", "));
    String changed =
        found.stream().filter(f -> !f.gone()).map(Finding::line).collect(Collectors.joining(", "));
    return (repair ? "; repaired drift: " : "; drift reported (policy REPORT, not repaired): ")
        + (gone.isEmpty() ? "" : gone + " had gone from Okta")
        + (gone.isEmpty() || changed.isEmpty() ? "" : "; ")
        + (changed.isEmpty() ? "" : changed);
  }

  /**
   * For an import that has not started: looks up every desired resource that is not recorded by its
   * name in Okta and records what it finds (with a fingerprint that makes the plan bring it to the
   * desired state), so that the plan creates only what is missing. Assignments are adopted by their
   * create (assigning twice changes nothing).
   */
  private String adoptByName(ProvisioningJob pending) {
    JobId id = pending.id();
    TenantKey tenantKey = pending.tenantKey();
    record State(List<OktaResource> recorded, List<ResourceSpec> desired) {}
    State state =
        c.unitOfWork()
            .inNewTransaction(
                () -> {
                  Tenant t = c.tenants().findByKey(tenantKey).orElseThrow();
                  return new State(
                      c.resources().findByTenant(tenantKey),
                      TenantResources.desired(
                          t,
                          c.applications().findByTenant(tenantKey),
                          c.settings().templates()::get));
                });
    List<OktaResource> adopted = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (ResourceSpec spec : state.desired()) {
      boolean known =
          state.recorded().stream()
              .anyMatch(r -> r.type() == spec.type() && r.name().equals(spec.name()));
      if (known || spec instanceof ResourceSpec.AppGroupAssignment) {
        continue;
      }
      Optional<OktaId> found =
          retrying(
              () ->
                  c.okta()
                      .leftover(
                          spec,
                          (type, name) -> {
                            throw new IllegalStateException("not used for named resources");
                          }));
      if (found.isPresent()) {
        adopted.add(
            new OktaResource(
                spec.type(),
                found.get(),
                spec.name(),
                tenantKey,
                spec.application(),
                Fingerprint.of("imported|" + spec.canonical())));
      } else {
        missing.add(spec.type() + " " + spec.name());
      }
    }
    c.unitOfWork()
        .runInNewTransaction(
            () -> {
              if (!c.jobs().extendLease(id, runner, c.settings().lease())) {
                throw new LeaseLostException(id);
              }
              adopted.forEach(c.resources()::save);
            });
    return "; imported: adopted "
        + adopted.size()
        + (adopted.isEmpty()
            ? ""
            : " ("
                + adopted.stream()
                    .map(r -> r.type() + " " + r.name() + " = " + r.oktaId().value())
                    .collect(Collectors.joining(", "))
                + ")")
        + ", missing in Okta and created "
        + missing.size()
        + (missing.isEmpty() ? "" : " (" + String.join(", ", missing) + ")");
  }

  /**
   * {@link #prepare} in its own transaction, run again on what is stored when the tenant was saved
   * by someone else meanwhile (an update request or a command arriving as the job starts), instead
   * of leaving the job leased until another runner takes it over.
   */
  private Optional<ProvisioningPlan> prepareRetrying(JobId id) {
    for (int attempt = 1; ; attempt++) {
      try {
        return c.unitOfWork().inNewTransaction(() -> prepare(id));
      } catch (ConcurrentChangeException e) {
        if (attempt >= CONCURRENT_CHANGE_ATTEMPTS) {
          throw e;
        }
      }
    }
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
    // Committed: dependents resolve the id without another read of the records.
    recordedIds.put(resource.type() + "/" + resource.name(), resource.oktaId());
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
    for (int attempt = 1; ; attempt++) {
      try {
        writeEnd(succeeded, outcome, configured);
        break;
      } catch (ConcurrentChangeException e) {
        // The tenant or an application was saved by someone else (an update request, a command)
        // while the end was being written; that transaction rolled back. Written again on what is
        // stored now, instead of leaving the job leased until another runner takes it over.
        if (attempt >= CONCURRENT_CHANGE_ATTEMPTS) {
          throw e;
        }
        job = c.unitOfWork().inNewTransaction(() -> c.jobs().findById(job.id()).orElseThrow());
      }
    }
    if (findings != null) {
      boolean repaired = succeeded && policy == DriftPolicy.REPAIR;
      findings.forEach(
          f ->
              c.metrics().drifted(f.resource().type(), f.gone() ? "missing" : "changed", repaired));
    }
  }

  /** Attempts at a job's first or last transaction when it meets concurrent tenant changes. */
  private static final int CONCURRENT_CHANGE_ATTEMPTS = 3;

  /** The job's end in one transaction: job, tenant, applications, events and notifications. */
  private void writeEnd(boolean succeeded, String outcome, List<ApplicationConfig> configured) {
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
              recordDrift(succeeded, now);
              // With the change, never instead of it: the mail is sent later by the worker.
              c.notifications()
                  .jobFinished(tenant, job, drifted)
                  .ifPresent(c.notificationOutbox()::enqueue);
            });
  }

  /** A reconcile's drift outcome, with its event when there was drift, in the final commit. */
  private void recordDrift(boolean succeeded, java.time.Instant now) {
    if (findings == null) {
      return;
    }
    TenantDrift.Status status =
        findings.isEmpty()
            ? TenantDrift.Status.IN_SYNC
            : succeeded && policy == DriftPolicy.REPAIR
                ? TenantDrift.Status.REPAIRED
                : TenantDrift.Status.DRIFTED;
    TenantDrift drift =
        new TenantDrift(
            job.tenantKey(), status, findings.stream().map(Finding::line).toList(), now);
    c.drifts().save(drift);
    if (!findings.isEmpty()) {
      c.outbox().append(c.events().driftDetected(drift, policy, job));
    }
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
    record Live(List<Application> apps, List<OktaResource> recorded) {}
    Live live =
        c.unitOfWork()
            .inNewTransaction(
                () ->
                    new Live(
                        c.applications().findByTenant(job.tenantKey()).stream()
                            .filter(
                                a ->
                                    a.status() != LifecycleStatus.DELETING
                                        && a.status() != LifecycleStatus.DELETED)
                            .filter(
                                a ->
                                    a.status() != LifecycleStatus.READY
                                        || touched.stream()
                                            .anyMatch(
                                                n ->
                                                    n.startsWith(
                                                        TenantResources.applicationName(a))))
                            .toList(),
                        c.resources().findByTenant(job.tenantKey())));
    if (live.apps().size() <= 1) {
      return live.apps().stream()
          .flatMap(a -> c.configs().of(a, live.recorded()).stream())
          .toList();
    }
    // Each configuration reads its client id from Okta: independent reads, made at the same time.
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(live.apps().size(), c.settings().stepParallelism()),
            r -> {
              Thread t = new Thread(r, "provisioning-config-" + job.id());
              t.setDaemon(true);
              return t;
            });
    try {
      List<CompletableFuture<Optional<ApplicationConfig>>> reads =
          live.apps().stream()
              .map(
                  a ->
                      CompletableFuture.supplyAsync(() -> c.configs().of(a, live.recorded()), pool))
              .toList();
      return reads.stream().map(CompletableFuture::join).flatMap(Optional::stream).toList();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } finally {
      pool.shutdown();
    }
  }

  private String failedStepReason() {
    return job.steps().stream()
        .filter(s -> s.status() == StepStatus.FAILED)
        .findFirst()
        .flatMap(JobStep::failure)
        .orElse("a step failed");
  }

  private OktaId recordedId(OktaResourceType type, String name) {
    OktaId known = recordedIds.get(type + "/" + name);
    if (known != null) {
      return known;
    }
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

  /**
   * Commits a change of the job (and records) together with a lease renewal. Steps running at the
   * same time commit one after the other: each commit writes the job with all its steps.
   */
  private void commit(Runnable change) {
    synchronized (commitLock) {
      c.unitOfWork()
          .runInNewTransaction(
              () -> {
                renewLease();
                change.run();
                c.jobs().save(job);
              });
    }
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
        synchronized (commitLock) {
          c.unitOfWork().runInNewTransaction(this::renewLease);
        }
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
