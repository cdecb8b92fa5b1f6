package io.oktaadapter.bootstrap.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import io.oktaadapter.adapters.out.vault.SecretsConfig;
import io.oktaadapter.application.port.in.aliases.VerifyAliasUseCase;
import io.oktaadapter.application.port.in.application.DeleteApplicationUseCase;
import io.oktaadapter.application.port.in.application.GetApplicationConfigUseCase;
import io.oktaadapter.application.port.in.application.ProvisionApplicationUseCase;
import io.oktaadapter.application.port.in.provisioning.DeleteTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.DescribeTenantProvisioningUseCase;
import io.oktaadapter.application.port.in.provisioning.GetJobUseCase;
import io.oktaadapter.application.port.in.provisioning.ImportTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.PlanTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.ProvisionTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.ReconcileDueTenantsUseCase;
import io.oktaadapter.application.port.in.provisioning.ReconcileTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.RunProvisioningJobUseCase;
import io.oktaadapter.application.port.in.provisioning.UpdateTenantUseCase;
import io.oktaadapter.application.port.out.aliases.AliasClaims;
import io.oktaadapter.application.port.out.aliases.DnsTxtRecords;
import io.oktaadapter.application.port.out.aliases.PublicSuffixes;
import io.oktaadapter.application.port.out.messaging.Outbox;
import io.oktaadapter.application.port.out.notification.NotificationOutbox;
import io.oktaadapter.application.port.out.okta.OktaApplicationGroups;
import io.oktaadapter.application.port.out.okta.OktaApplications;
import io.oktaadapter.application.port.out.okta.OktaGroupRules;
import io.oktaadapter.application.port.out.okta.OktaGroups;
import io.oktaadapter.application.port.out.okta.OktaPolicies;
import io.oktaadapter.application.port.out.okta.OktaTrustedOrigins;
import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import io.oktaadapter.application.port.out.persistence.TenantDriftRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import io.oktaadapter.application.port.out.provisioning.DriftMetrics;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.service.application.DeleteApplicationService;
import io.oktaadapter.application.service.application.GetApplicationConfigService;
import io.oktaadapter.application.service.application.ProvisionApplicationService;
import io.oktaadapter.application.service.audit.AuditedApplicationChanges;
import io.oktaadapter.application.service.audit.AuditedTenantChanges;
import io.oktaadapter.application.service.audit.Auditor;
import io.oktaadapter.application.service.audit.GuardedReads;
import io.oktaadapter.application.service.audit.GuardedTenantReads;
import io.oktaadapter.application.service.command.CommandJobResults;
import io.oktaadapter.application.service.notification.NotificationSettings;
import io.oktaadapter.application.service.provisioning.AliasAdmission;
import io.oktaadapter.application.service.provisioning.AliasRules;
import io.oktaadapter.application.service.provisioning.ApplicationConfigs;
import io.oktaadapter.application.service.provisioning.DeleteTenantService;
import io.oktaadapter.application.service.provisioning.DescribeTenantProvisioningService;
import io.oktaadapter.application.service.provisioning.GetJobService;
import io.oktaadapter.application.service.provisioning.ImportTenantService;
import io.oktaadapter.application.service.provisioning.JobEndListener;
import io.oktaadapter.application.service.provisioning.OktaPorts;
import io.oktaadapter.application.service.provisioning.PlanTenantService;
import io.oktaadapter.application.service.provisioning.ProvisionTenantService;
import io.oktaadapter.application.service.provisioning.ProvisioningSettings;
import io.oktaadapter.application.service.provisioning.ReconcileDueTenantsService;
import io.oktaadapter.application.service.provisioning.ReconcileTenantService;
import io.oktaadapter.application.service.provisioning.RunProvisioningJobService;
import io.oktaadapter.application.service.provisioning.UpdateTenantService;
import io.oktaadapter.application.service.provisioning.VerifyAliasService;
import io.oktaadapter.domain.app.AppTemplate;
import io.oktaadapter.domain.app.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Wiring: the use cases of the provisioning flow (desired state in, Okta resources out). */
@ApplicationScoped
public class ProvisioningProducers {

  // Singleton, not ApplicationScoped: a record is final and cannot be proxied.
  @Produces
  @Singleton
  ProvisioningSettings provisioningSettings(AdapterConfig config, SecretsConfig secrets) {
    AdapterConfig.Provisioning p = config.provisioning();
    Map<ApplicationKind, AppTemplate> templates = new HashMap<>();
    p.templates()
        .forEach(
            (kind, t) ->
                templates.put(
                    ApplicationKind.of(kind),
                    new AppTemplate(
                        t.redirectPaths(),
                        t.postLogoutPaths().orElse(List.of()),
                        t.initiateLoginPath().orElse(null))));
    // The path operators find the secret under: <mount>/<base path>/<relative path>.
    String secretPath =
        secrets.vault().mount()
            + "/"
            + secrets.vault().basePath()
            + "/"
            + secrets.paths().applicationClientSecret();
    return new ProvisioningSettings(
        p.lease(),
        p.maxAttempts(),
        p.retryBackoff(),
        URI.create(p.eventSource()),
        templates,
        URI.create(p.issuer()),
        secretPath,
        p.allowLocalhost(),
        p.stepParallelism());
  }

  // Singleton, not ApplicationScoped: a final class cannot be proxied.
  @Produces
  @Singleton
  AliasAdmission aliasAdmission(
      PublicSuffixes suffixes,
      AliasClaims claims,
      AdapterConfig config,
      ProvisioningSettings settings) {
    AdapterConfig.Aliases a = config.aliases();
    return new AliasAdmission(
        new AliasRules(suffixes, a.deny(), settings.allowLocalhost()),
        claims,
        a.platformDomains().orElse(List.of()),
        a.claimLifetime());
  }

  @Produces
  @ApplicationScoped
  VerifyAliasUseCase verifyAlias(
      TenantRepository tenants,
      AliasClaims claims,
      DnsTxtRecords dns,
      ProvisioningJobRepository jobs,
      UnitOfWork unitOfWork,
      Clock clock,
      AdapterConfig config,
      Auditor auditor) {
    return new VerifyAliasService(
        tenants, claims, dns, jobs, unitOfWork, clock, config.aliases().checkInterval(), auditor);
  }

  @Produces
  @ApplicationScoped
  ProvisionTenantUseCase provisionTenant(
      TenantRepository tenants,
      ProvisioningJobRepository jobs,
      Clock clock,
      AliasAdmission aliases,
      Auditor auditor) {
    return AuditedTenantChanges.create(
        new ProvisionTenantService(tenants, jobs, clock, aliases), auditor);
  }

  @Produces
  @ApplicationScoped
  ImportTenantUseCase importTenant(
      TenantRepository tenants,
      ProvisioningJobRepository jobs,
      Clock clock,
      AliasAdmission aliases,
      Auditor auditor) {
    return AuditedTenantChanges.importTenant(
        new ImportTenantService(tenants, jobs, clock, aliases), auditor);
  }

  @Produces
  @ApplicationScoped
  UpdateTenantUseCase updateTenant(
      TenantRepository tenants,
      OktaResourceRepository resources,
      ApplicationRepository applications,
      ProvisioningSettings settings,
      ProvisioningJobRepository jobs,
      Clock clock,
      AliasAdmission aliases,
      Auditor auditor) {
    return AuditedTenantChanges.update(
        new UpdateTenantService(tenants, resources, applications, settings, jobs, clock, aliases),
        tenants,
        auditor);
  }

  @Produces
  @ApplicationScoped
  DeleteTenantUseCase deleteTenant(
      TenantRepository tenants, ProvisioningJobRepository jobs, Clock clock, Auditor auditor) {
    return AuditedTenantChanges.delete(
        new DeleteTenantService(tenants, jobs, clock), tenants, auditor);
  }

  @Produces
  @ApplicationScoped
  ReconcileTenantUseCase reconcileTenant(
      TenantRepository tenants, ProvisioningJobRepository jobs, Clock clock, Auditor auditor) {
    return AuditedTenantChanges.reconcile(
        new ReconcileTenantService(tenants, jobs, clock), tenants, auditor);
  }

  @Produces
  @ApplicationScoped
  ReconcileDueTenantsUseCase reconcileDueTenants(ProvisioningJobRepository jobs, Auditor auditor) {
    return AuditedTenantChanges.reconcileDue(new ReconcileDueTenantsService(jobs), auditor);
  }

  @Produces
  @ApplicationScoped
  PlanTenantUseCase planTenant(
      TenantRepository tenants,
      OktaResourceRepository resources,
      ApplicationRepository applications,
      ProvisioningSettings settings,
      Auditor auditor) {
    return GuardedTenantReads.plan(
        new PlanTenantService(tenants, resources, applications, settings), auditor);
  }

  @Produces
  @ApplicationScoped
  GetJobUseCase getJob(ProvisioningJobRepository jobs, TenantRepository tenants, Auditor auditor) {
    return GuardedReads.job(new GetJobService(jobs), tenants, auditor);
  }

  @Produces
  @ApplicationScoped
  DescribeTenantProvisioningUseCase describeTenantProvisioning(
      OktaResourceRepository resources,
      ProvisioningJobRepository jobs,
      TenantDriftRepository drifts,
      Auditor auditor) {
    return GuardedTenantReads.describe(
        new DescribeTenantProvisioningService(resources, jobs, drifts), auditor);
  }

  @Produces
  @ApplicationScoped
  RunProvisioningJobUseCase runProvisioningJob(
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
      CommandJobResults commandResults,
      MeterRegistry registry) {
    // Ended jobs by kind and status (alert rule OktaAdapterProvisioningJobsFailing,
    // k8s/base/monitoring).
    JobEndListener jobEnd =
        (job, tenant, recorded, now) -> {
          commandResults.jobEnded(job, tenant, recorded, now);
          registry
              .counter(
                  "okta_adapter_provisioning_jobs_ended",
                  "kind",
                  job.kind().name(),
                  "status",
                  job.status().name())
              .increment();
        };
    return new RunProvisioningJobService(
        jobs,
        tenants,
        applications,
        resources,
        secrets,
        outbox,
        unitOfWork,
        okta,
        drifts,
        metrics,
        settings,
        notificationOutbox,
        notificationSettings,
        clock,
        jobEnd);
  }

  // Singleton, not ApplicationScoped: a record is final and cannot be proxied.
  @Produces
  @Singleton
  OktaPorts oktaPorts(
      OktaGroups groups,
      OktaGroupRules rules,
      OktaTrustedOrigins origins,
      OktaPolicies policies,
      OktaApplications apps,
      OktaApplicationGroups appGroups) {
    return new OktaPorts(groups, rules, origins, policies, apps, appGroups);
  }

  @Produces
  @ApplicationScoped
  ProvisionApplicationUseCase provisionApplication(
      TenantRepository tenants,
      ApplicationRepository applications,
      ProvisioningJobRepository jobs,
      ProvisioningSettings settings,
      Clock clock,
      AliasClaims claims,
      Auditor auditor) {
    return AuditedApplicationChanges.submit(
        new ProvisionApplicationService(tenants, applications, jobs, settings, clock, claims),
        applications,
        auditor);
  }

  @Produces
  @ApplicationScoped
  DeleteApplicationUseCase deleteApplication(
      ApplicationRepository applications,
      ProvisioningJobRepository jobs,
      Clock clock,
      Auditor auditor) {
    return AuditedApplicationChanges.delete(
        new DeleteApplicationService(applications, jobs, clock), applications, auditor);
  }

  @Produces
  @ApplicationScoped
  GetApplicationConfigUseCase getApplicationConfig(
      ApplicationRepository applications,
      OktaResourceRepository resources,
      OktaApplications okta,
      ProvisioningSettings settings,
      Auditor auditor) {
    return GuardedReads.applicationConfig(
        new GetApplicationConfigService(
            applications, resources, new ApplicationConfigs(okta, settings)),
        auditor);
  }
}
