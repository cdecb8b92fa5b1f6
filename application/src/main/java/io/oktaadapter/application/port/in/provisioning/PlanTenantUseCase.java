package io.oktaadapter.application.port.in.provisioning;

import io.oktaadapter.domain.provisioning.ProvisioningPlan;
import io.oktaadapter.domain.tenant.TenantKey;

/** Inbound port: what provisioning the tenant's stored desired state would change in Okta. */
public interface PlanTenantUseCase {

  ProvisioningPlan plan(TenantKey tenant);
}
