package io.oktaadapter.application.service.application;

import io.oktaadapter.application.common.NotFoundException;
import io.oktaadapter.application.port.in.application.ProvisionApplicationUseCase;
import io.oktaadapter.application.port.in.application.SubmitApplicationCommand;
import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.application.port.out.aliases.AliasClaims;
import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.service.provisioning.JobQueue;
import io.oktaadapter.application.service.provisioning.ProvisioningSettings;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.Validation;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.provisioning.JobKind;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantNotFoundException;
import java.time.Clock;

/**
 * Use case: store an application's desired state (kind and base URL per alias) and queue the tenant
 * job that creates or changes its OIDC application in Okta.
 */
public class ProvisionApplicationService implements ProvisionApplicationUseCase {

  private final TenantRepository tenants;
  private final ApplicationRepository applications;
  private final JobQueue queue;
  private final ProvisioningSettings settings;
  private final Clock clock;
  private final AliasClaims claims;

  public ProvisionApplicationService(
      TenantRepository tenants,
      ApplicationRepository applications,
      ProvisioningJobRepository jobs,
      ProvisioningSettings settings,
      Clock clock,
      AliasClaims claims) {
    this.claims = claims;
    this.tenants = tenants;
    this.applications = applications;
    this.queue = new JobQueue(jobs, clock);
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public ApplicationSubmission submit(SubmitApplicationCommand command) {
    Fingerprint request = Fingerprint.of("application\n" + command.canonical());
    var replay = queue.replay(command.idempotencyKey(), request);
    if (replay.isPresent()) {
      return new ApplicationSubmission(null, replay.get());
    }
    Tenant tenant =
        tenants
            .findByKey(command.tenant())
            .orElseThrow(() -> new TenantNotFoundException(command.tenant()));
    validate(command, tenant);
    Application app;
    if (command.id() == null) {
      app =
          Application.register(
              ApplicationId.random(),
              tenant.key(),
              command.kind(),
              command.baseUrls(),
              clock.instant());
    } else {
      app =
          applications
              .findById(command.id())
              .filter(a -> a.tenantKey().equals(tenant.key()))
              .orElseThrow(
                  () -> new NotFoundException("application " + command.id() + " not found"));
      if (!app.kind().equals(command.kind())) {
        throw new InvalidFieldException("kind", "cannot change: the application is " + app.kind());
      }
      app.changeBaseUrls(command.baseUrls(), clock.instant());
    }
    applications.save(app);
    Submission submission =
        queue.queue(tenant.key(), JobKind.PROVISION, command.idempotencyKey(), request);
    return new ApplicationSubmission(app.id().toString(), submission);
  }

  private void validate(SubmitApplicationCommand command, Tenant tenant) {
    Validation v = new Validation();
    if (!settings.templates().containsKey(command.kind())) {
      v.reject("kind", "has no template; known kinds: " + settings.templates().keySet());
    }
    // A base URL may be on an alias the tenant still claims: it reaches Okta once the alias is
    // verified. At least one must be on a verified alias, so that the application has a redirect.
    java.util.Set<Alias> claimed = new java.util.HashSet<>();
    claims.ofTenant(tenant.key()).forEach(c -> claimed.add(c.alias()));
    if (!command.baseUrls().isEmpty()
        && command.baseUrls().keySet().stream().noneMatch(tenant.aliases()::contains)) {
      v.reject("baseUrls", "an application needs a base URL on a verified alias");
    }
    command
        .baseUrls()
        .forEach(
            (alias, url) -> {
              if (!tenant.aliases().contains(alias) && !claimed.contains(alias)) {
                v.reject("baseUrls." + alias.host(), "is not an alias of tenant " + tenant.key());
              }
              if (!settings.allowLocalhost() && url.value().startsWith("http:")) {
                v.reject("baseUrls." + alias.host(), "must use https");
              }
            });
    if (command.baseUrls().isEmpty()) {
      v.reject("baseUrls", "an application needs a base URL for an alias");
    }
    v.throwIfInvalid();
  }
}
