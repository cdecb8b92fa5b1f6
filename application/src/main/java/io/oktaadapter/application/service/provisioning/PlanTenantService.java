package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.port.in.provisioning.PlanTenantUseCase;
import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.domain.LifecycleStatus;
import io.oktaadapter.domain.provisioning.ProvisioningPlan;
import io.oktaadapter.domain.provisioning.TenantResources;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantNotFoundException;
import java.util.List;

/** Use case: the plan from the recorded Okta resources to the tenant's stored desired state. */
public class PlanTenantService implements PlanTenantUseCase {

  private final TenantRepository tenants;
  private final OktaResourceRepository resources;
  private final ApplicationRepository applications;
  private final ProvisioningSettings settings;

  public PlanTenantService(
      TenantRepository tenants,
      OktaResourceRepository resources,
      ApplicationRepository applications,
      ProvisioningSettings settings) {
    this.tenants = tenants;
    this.resources = resources;
    this.applications = applications;
    this.settings = settings;
  }

  @Override
  public ProvisioningPlan plan(TenantKey key) {
    Tenant tenant = tenants.findByKey(key).orElseThrow(() -> new TenantNotFoundException(key));
    var recorded = resources.findByTenant(key);
    boolean removing =
        tenant.status() == LifecycleStatus.DELETING || tenant.status() == LifecycleStatus.DELETED;
    // The desired state of the applications too, as the job sees it: else their resources would
    // be planned for deletion.
    return ProvisioningPlan.between(
        removing
            ? List.of()
            : TenantResources.desired(
                tenant, applications.findByTenant(key), settings.templates()::get),
        recorded);
  }
}
