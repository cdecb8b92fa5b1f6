package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.port.in.provisioning.RunProvisioningJobUseCase;
import io.oktaadapter.application.port.out.messaging.Outbox;
import io.oktaadapter.application.port.out.notification.NotificationOutbox;
import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import io.oktaadapter.application.port.out.persistence.TenantDriftRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import io.oktaadapter.application.port.out.provisioning.DriftMetrics;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.service.notification.NotificationSettings;
import io.oktaadapter.application.service.notification.Notifications;
import io.oktaadapter.domain.provisioning.JobId;
import java.time.Clock;
import java.util.Optional;

/**
 * Use case: claim the next provisioning job and run it to its end. Each step commits on its own
 * (with the Okta id it created) before the next Okta call; see {@link JobExecution}. The job's end
 * (and a reconcile's drift) is notified through the notification outbox in the final transaction.
 */
public class RunProvisioningJobService implements RunProvisioningJobUseCase {

  private final JobContext context;

  /**
   * @param jobEnd told of every job's end inside its final transaction (command results)
   */
  public RunProvisioningJobService(
      ProvisioningJobRepository jobs,
      TenantRepository tenants,
      ApplicationRepository applications,
      OktaResourceRepository resources,
      SecretStore secrets,
      Outbox outbox,
      UnitOfWork unitOfWork,
      OktaPorts okta,
      TenantDriftRepository drifts,
      DriftMetrics metrics,
      ProvisioningSettings settings,
      NotificationOutbox notificationOutbox,
      NotificationSettings notificationSettings,
      Clock clock,
      JobEndListener jobEnd) {
    this.context =
        new JobContext(
            jobs,
            tenants,
            applications,
            resources,
            secrets,
            outbox,
            unitOfWork,
            new OktaSteps(okta),
            settings,
            new TenantEvents(settings),
            new ApplicationConfigs(okta.apps(), settings),
            drifts,
            metrics,
            notificationOutbox,
            new Notifications(notificationSettings),
            clock,
            jobEnd);
  }

  @Override
  public boolean runNext(String runner) {
    Optional<JobId> claimed =
        context
            .unitOfWork()
            .inNewTransaction(() -> context.jobs().claimNext(runner, context.settings().lease()));
    claimed.ifPresent(id -> new JobExecution(context, runner).run(id));
    return claimed.isPresent();
  }

  /** Everything a job execution works with. */
  record JobContext(
      ProvisioningJobRepository jobs,
      TenantRepository tenants,
      ApplicationRepository applications,
      OktaResourceRepository resources,
      SecretStore secrets,
      Outbox outbox,
      UnitOfWork unitOfWork,
      OktaSteps okta,
      ProvisioningSettings settings,
      TenantEvents events,
      ApplicationConfigs configs,
      TenantDriftRepository drifts,
      DriftMetrics metrics,
      NotificationOutbox notificationOutbox,
      Notifications notifications,
      Clock clock,
      JobEndListener jobEnd) {}
}
