package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.port.in.provisioning.DescribeTenantProvisioningUseCase;
import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import io.oktaadapter.application.port.out.persistence.TenantDriftRepository;
import io.oktaadapter.domain.tenant.TenantKey;

/**
 * Use case: the recorded Okta resources of a tenant, its last provisioning job and its last drift
 * check.
 */
public class DescribeTenantProvisioningService implements DescribeTenantProvisioningUseCase {

  private final OktaResourceRepository resources;
  private final ProvisioningJobRepository jobs;
  private final TenantDriftRepository drifts;

  public DescribeTenantProvisioningService(
      OktaResourceRepository resources,
      ProvisioningJobRepository jobs,
      TenantDriftRepository drifts) {
    this.resources = resources;
    this.jobs = jobs;
    this.drifts = drifts;
  }

  @Override
  public TenantProvisioning describe(TenantKey tenant) {
    return new TenantProvisioning(
        resources.findByTenant(tenant), jobs.findLatestByTenant(tenant), drifts.find(tenant));
  }
}
