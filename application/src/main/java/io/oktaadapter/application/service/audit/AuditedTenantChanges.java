package io.oktaadapter.application.service.audit;

import io.oktaadapter.application.port.in.provisioning.DeleteTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.ImportTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.ProvisionTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.ReconcileDueTenantsUseCase;
import io.oktaadapter.application.port.in.provisioning.ReconcileTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.application.port.in.provisioning.SubmitTenantCommand;
import io.oktaadapter.application.port.in.provisioning.UpdateTenantUseCase;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.security.Access;
import io.oktaadapter.application.security.FieldPolicy;
import java.util.Map;
import java.util.function.Function;

/**
 * Use cases: tenant changes, guarded by the access policy and audited in the caller's transaction.
 * Dry runs and idempotent replays change nothing and are not audited.
 */
public final class AuditedTenantChanges {

  private AuditedTenantChanges() {}

  public static ProvisionTenantUseCase create(ProvisionTenantUseCase delegate, Auditor auditor) {
    return command -> submitNew("tenant.create", command, delegate::provision, auditor);
  }

  /** Taking over an existing setup creates a tenant record: the same right as creating one. */
  public static ImportTenantUseCase importTenant(ImportTenantUseCase delegate, Auditor auditor) {
    return command -> submitNew("tenant.import", command, delegate::importTenant, auditor);
  }

  /** A submission that creates a tenant record: one right, audited when something changed. */
  private static Submission submitNew(
      String action,
      SubmitTenantCommand command,
      Function<SubmitTenantCommand, Submission> submit,
      Auditor auditor) {
    var key = command.spec().key();
    auditor.requireFields(
        FieldPolicy.UseCase.CREATE_TENANT,
        "tenant",
        key.value(),
        key,
        TenantFieldChanges.of(null, command.spec()));
    auditor.require(Access.CREATE_TENANT, null);
    Submission result = submit.apply(command);
    if (Summaries.changed(result)) {
      auditor.record(
          action,
          "tenant",
          key.value(),
          key,
          Map.of(),
          Summaries.withJob(Summaries.of(command.spec()), (Submission.Accepted) result));
    }
    return result;
  }

  public static UpdateTenantUseCase update(
      UpdateTenantUseCase delegate, TenantRepository tenants, Auditor auditor) {
    return command -> {
      var key = command.spec().key();
      auditor.requireVisible(key);
      var current = tenants.findByKey(key);
      current.ifPresent(
          tenant ->
              auditor.requireFields(
                  FieldPolicy.UseCase.UPDATE_TENANT,
                  "tenant",
                  key.value(),
                  key,
                  TenantFieldChanges.of(tenant, command.spec())));
      auditor.require(Access.UPDATE_TENANT, key);
      Map<String, Object> before = current.map(Summaries::of).orElse(Map.of());
      Submission result = delegate.update(command);
      if (Summaries.changed(result)) {
        auditor.record(
            "tenant.update",
            "tenant",
            key.value(),
            key,
            before,
            Summaries.withJob(Summaries.of(command.spec()), (Submission.Accepted) result));
      }
      return result;
    };
  }

  public static DeleteTenantUseCase delete(
      DeleteTenantUseCase delegate, TenantRepository tenants, Auditor auditor) {
    return (key, idempotencyKey) -> {
      auditor.require(Access.DELETE, key);
      Map<String, Object> before = tenants.findByKey(key).map(Summaries::of).orElse(Map.of());
      Submission result = delegate.delete(key, idempotencyKey);
      if (Summaries.changed(result)) {
        auditor.record(
            "tenant.delete",
            "tenant",
            key.value(),
            key,
            before,
            Summaries.withJob(Map.of("status", "DELETING"), (Submission.Accepted) result));
      }
      return result;
    };
  }

  public static ReconcileTenantUseCase reconcile(
      ReconcileTenantUseCase delegate, TenantRepository tenants, Auditor auditor) {
    return (key, idempotencyKey) -> {
      auditor.require(Access.RECONCILE, key);
      Map<String, Object> before =
          tenants
              .findByKey(key)
              .map(t -> Map.<String, Object>of("status", t.status().name()))
              .orElse(Map.of());
      Submission result = delegate.reconcile(key, idempotencyKey);
      if (Summaries.changed(result)) {
        auditor.record(
            "tenant.reconcile",
            "tenant",
            key.value(),
            key,
            before,
            Summaries.withJob(Map.of(), (Submission.Accepted) result));
      }
      return result;
    };
  }

  /** Scheduled reconciles run as the adapter itself; one entry per run that queued jobs. */
  public static ReconcileDueTenantsUseCase reconcileDue(
      ReconcileDueTenantsUseCase delegate, Auditor auditor) {
    return interval -> {
      int queued = delegate.reconcileDue(interval);
      if (queued > 0) {
        auditor.record(
            "tenant.reconcile-scheduled",
            "tenant",
            "*",
            null,
            Map.of(),
            Map.of("queued", queued, "interval", interval.toString()));
      }
      return queued;
    };
  }
}
