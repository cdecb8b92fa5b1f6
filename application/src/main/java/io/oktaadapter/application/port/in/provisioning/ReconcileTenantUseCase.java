package io.oktaadapter.application.port.in.provisioning;

import io.oktaadapter.domain.provisioning.IdempotencyKey;
import io.oktaadapter.domain.tenant.TenantKey;

/**
 * Inbound port: compare Okta with the tenant's recorded resources and desired state, and repair
 * what drifted (resources removed or changed by hand).
 */
public interface ReconcileTenantUseCase {

  Submission reconcile(TenantKey tenant, IdempotencyKey idempotencyKey);
}
