package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.port.in.provisioning.RunProvisioningJobUseCase;
import io.oktaadapter.application.port.out.messaging.Outbox;
import io.oktaadapter.application.port.out.okta.OktaApplicationGroups;
import io.oktaadapter.application.port.out.okta.OktaApplications;
import io.oktaadapter.application.port.out.okta.OktaGroupRules;
import io.oktaadapter.application.port.out.okta.OktaGroups;
import io.oktaadapter.application.port.out.okta.OktaPolicies;
import io.oktaadapter.application.port.out.okta.OktaTrustedOrigins;
import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.domain.provisioning.JobId;
import java.time.Clock;
import java.util.Optional;

/**
 * Use case: claim the next provisioning job and run it to its end. Each step commits on its own
 * (with the Okta id it created) before the next Okta call; see {@link JobExecution}.
 */
public class RunProvisioningJobService implements RunProvisioningJobUseCase {

  private final JobContext context;

  public RunProvisioningJobService(
      ProvisioningJobRepository jobs,
      TenantRepository tenants,
      ApplicationRepository applications,
      OktaResourceRepository resources,
      SecretStore secrets,
      Outbox outbox,
      UnitOfWork unitOfWork,
      OktaGroups groups,
      OktaGroupRules rules,
      OktaTrustedOrigins origins,
      OktaPolicies policies,
      OktaApplications apps,
      OktaApplicationGroups appGroups,
      ProvisioningSettings settings,
      Clock clock) {
    this(
        jobs,
        tenants,
        applications,
        resources,
        secrets,
        outbox,
        unitOfWork,
        groups,
        rules,
        origins,
        policies,
        apps,
        appGroups,
        settings,
        clock,
        JobEndListener.NONE);
  }

  public RunProvisioningJobService(
      ProvisioningJobRepository jobs,
      TenantRepository tenants,
      ApplicationRepository applications,
      OktaResourceRepository resources,
      SecretStore secrets,
      Outbox outbox,
      UnitOfWork unitOfWork,
      OktaGroups groups,
      OktaGroupRules rules,
      OktaTrustedOrigins origins,
      OktaPolicies policies,
      OktaApplications apps,
      OktaApplicationGroups appGroups,
      ProvisioningSettings settings,
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
            new OktaSteps(groups, rules, origins, policies, apps, appGroups),
            settings,
            new TenantEvents(settings),
            new ApplicationConfigs(apps, settings),
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
      Clock clock,
      JobEndListener jobEnd) {}
}
