package io.oktaadapter.application.port.in.provisioning;

import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.oktaadapter.domain.provisioning.TenantDrift;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.List;
import java.util.Optional;

/** Inbound port: the Okta resources recorded for a tenant and its last job. */
public interface DescribeTenantProvisioningUseCase {

  TenantProvisioning describe(TenantKey tenant);

  /** What the adapter holds in Okta for a tenant. */
  record TenantProvisioning(
      List<OktaResource> resources,
      Optional<ProvisioningJob> lastJob,
      Optional<TenantDrift> drift) {
    public TenantProvisioning {
      resources = List.copyOf(resources);
    }

    public TenantProvisioning(List<OktaResource> resources, Optional<ProvisioningJob> lastJob) {
      this(resources, lastJob, Optional.empty());
    }
  }
}
