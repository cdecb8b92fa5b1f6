package io.oktaadapter.application.service.audit;

import io.oktaadapter.application.port.in.application.DeleteApplicationUseCase;
import io.oktaadapter.application.port.in.application.ProvisionApplicationUseCase;
import io.oktaadapter.application.port.in.application.ProvisionApplicationUseCase.ApplicationSubmission;
import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.application.security.Access;
import io.oktaadapter.domain.app.ApplicationId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Use cases: application changes, guarded by the access policy and audited. */
public final class AuditedApplicationChanges {

  private AuditedApplicationChanges() {}

  public static ProvisionApplicationUseCase submit(
      ProvisionApplicationUseCase delegate, ApplicationRepository applications, Auditor auditor) {
    return command -> {
      auditor.require(Access.UPDATE_TENANT, command.tenant());
      Map<String, Object> before =
          command.id() == null
              ? Map.of()
              : applications
                  .findById(command.id())
                  .filter(a -> a.tenantKey().equals(command.tenant()))
                  .map(Summaries::of)
                  .orElse(Map.of());
      ApplicationSubmission result = delegate.submit(command);
      if (Summaries.changed(result.submission()) && result.applicationId() != null) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", command.kind().toString());
        after.put("baseUrls", Summaries.urls(command.baseUrls()));
        auditor.record(
            command.id() == null ? "application.create" : "application.update",
            "application",
            result.applicationId(),
            command.tenant(),
            before,
            Summaries.withJob(after, (Submission.Accepted) result.submission()));
      }
      return result;
    };
  }

  public static DeleteApplicationUseCase delete(
      DeleteApplicationUseCase delegate, ApplicationRepository applications, Auditor auditor) {
    return (tenant, application, idempotencyKey) -> {
      auditor.require(Access.DELETE, tenant);
      Map<String, Object> before = before(applications, application);
      Submission result = delegate.delete(tenant, application, idempotencyKey);
      if (Summaries.changed(result)) {
        auditor.record(
            "application.delete",
            "application",
            application.toString(),
            tenant,
            before,
            Summaries.withJob(Map.of("status", "DELETING"), (Submission.Accepted) result));
      }
      return result;
    };
  }

  private static Map<String, Object> before(ApplicationRepository apps, ApplicationId id) {
    return apps.findById(id).map(Summaries::of).orElse(Map.of());
  }
}
