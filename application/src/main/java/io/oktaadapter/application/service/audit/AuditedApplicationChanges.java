package io.oktaadapter.application.service.audit;

import io.oktaadapter.application.port.in.application.DeleteApplicationUseCase;
import io.oktaadapter.application.port.in.application.ProvisionApplicationUseCase;
import io.oktaadapter.application.port.in.application.ProvisionApplicationUseCase.ApplicationSubmission;
import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.application.security.Access;
import io.oktaadapter.application.security.FieldPolicy;
import io.oktaadapter.application.security.FieldPolicy.FieldChange;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.app.ApplicationId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Use cases: application changes, guarded by the access policy and audited. */
public final class AuditedApplicationChanges {

  private AuditedApplicationChanges() {}

  public static ProvisionApplicationUseCase submit(
      ProvisionApplicationUseCase delegate, ApplicationRepository applications, Auditor auditor) {
    return command -> {
      auditor.requireVisible(command.tenant());
      Optional<Application> current =
          command.id() == null
              ? Optional.empty()
              : applications
                  .findById(command.id())
                  .filter(a -> a.tenantKey().equals(command.tenant()));
      if (command.id() == null) {
        auditor.requireFields(
            FieldPolicy.UseCase.CREATE_APPLICATION,
            "application",
            "new",
            command.tenant(),
            List.of(
                new FieldChange("kind", null, command.kind()),
                new FieldChange("baseUrls", null, command.baseUrls())));
      } else if (current.isPresent()) {
        List<FieldChange> changes = new ArrayList<>();
        if (!current.get().kind().equals(command.kind())) {
          changes.add(new FieldChange("kind", current.get().kind(), command.kind()));
        }
        if (!current.get().baseUrls().equals(command.baseUrls())) {
          changes.add(new FieldChange("baseUrls", current.get().baseUrls(), command.baseUrls()));
        }
        auditor.requireFields(
            FieldPolicy.UseCase.UPDATE_APPLICATION,
            "application",
            command.id().toString(),
            command.tenant(),
            changes);
      }
      auditor.require(Access.UPDATE_TENANT, command.tenant());
      Map<String, Object> before = current.map(Summaries::of).orElse(Map.of());
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
