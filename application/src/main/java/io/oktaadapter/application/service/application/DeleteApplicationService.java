package io.oktaadapter.application.service.application;

import io.oktaadapter.application.common.NotFoundException;
import io.oktaadapter.application.port.in.application.DeleteApplicationUseCase;
import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import io.oktaadapter.application.service.provisioning.JobQueue;
import io.oktaadapter.domain.LifecycleStatus;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.provisioning.IdempotencyKey;
import io.oktaadapter.domain.provisioning.JobKind;
import io.oktaadapter.domain.tenant.TenantKey;
import java.time.Clock;

/**
 * Use case: mark an application DELETING and queue the tenant job whose plan no longer holds it, so
 * its group assignments, OIDC application and client secret are removed.
 */
public class DeleteApplicationService implements DeleteApplicationUseCase {

  private final ApplicationRepository applications;
  private final JobQueue queue;
  private final Clock clock;

  public DeleteApplicationService(
      ApplicationRepository applications, ProvisioningJobRepository jobs, Clock clock) {
    this.applications = applications;
    this.queue = new JobQueue(jobs, clock);
    this.clock = clock;
  }

  @Override
  public Submission delete(TenantKey tenant, ApplicationId id, IdempotencyKey idempotencyKey) {
    Fingerprint request = Fingerprint.of("DELETE application\n" + tenant + "\n" + id);
    var replay = queue.replay(idempotencyKey, request);
    if (replay.isPresent()) {
      return replay.get();
    }
    Application app =
        applications
            .findById(id)
            .filter(a -> a.tenantKey().equals(tenant))
            .orElseThrow(() -> new NotFoundException("application " + id + " not found"));
    app.moveTo(LifecycleStatus.DELETING, null, clock.instant());
    applications.save(app);
    return queue.queue(tenant, JobKind.PROVISION, idempotencyKey, request);
  }
}
