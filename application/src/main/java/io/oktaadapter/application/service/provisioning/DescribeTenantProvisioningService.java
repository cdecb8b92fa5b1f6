package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.port.in.provisioning.DescribeTenantProvisioningUseCase;
import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import io.oktaadapter.domain.tenant.TenantKey;

/** Use case: the recorded Okta resources of a tenant and its last provisioning job. */
public class DescribeTenantProvisioningService implements DescribeTenantProvisioningUseCase {

  private final OktaResourceRepository resources;
  private final ProvisioningJobRepository jobs;

  public DescribeTenantProvisioningService(
      OktaResourceRepository resources, ProvisioningJobRepository jobs) {
    this.resources = resources;
    this.jobs = jobs;
  }

  @Override
  public TenantProvisioning describe(TenantKey tenant) {
    return new TenantProvisioning(resources.findByTenant(tenant), jobs.findLatestByTenant(tenant));
  }
}
