package io.oktaadapter.application.service.application;

import io.oktaadapter.application.common.NotFoundException;
import io.oktaadapter.application.port.in.application.ApplicationConfig;
import io.oktaadapter.application.port.in.application.GetApplicationConfigUseCase;
import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.application.service.provisioning.ApplicationConfigs;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.tenant.TenantKey;

/** Use case: the configuration an installation pulls, the same content as the event. */
public class GetApplicationConfigService implements GetApplicationConfigUseCase {

  private final ApplicationRepository applications;
  private final OktaResourceRepository resources;
  private final ApplicationConfigs configs;

  public GetApplicationConfigService(
      ApplicationRepository applications,
      OktaResourceRepository resources,
      ApplicationConfigs configs) {
    this.applications = applications;
    this.resources = resources;
    this.configs = configs;
  }

  @Override
  public ApplicationConfig config(TenantKey tenant, ApplicationId id) {
    var app =
        applications
            .findById(id)
            .filter(a -> a.tenantKey().equals(tenant))
            .orElseThrow(() -> new NotFoundException("application " + id + " not found"));
    return configs
        .of(app, resources.findByTenant(tenant))
        .orElseThrow(
            () -> new NotFoundException("application " + id + " has no Okta application yet"));
  }
}
