package io.oktaadapter.application.port.in.provisioning;

import io.oktaadapter.domain.provisioning.IdempotencyKey;
import io.oktaadapter.domain.tenant.TenantKey;

/** Inbound port: queue the removal of every Okta resource recorded for a tenant. */
public interface DeleteTenantUseCase {

  /**
   * @param idempotencyKey the client's key, or {@code null}
   */
  Submission delete(TenantKey tenant, IdempotencyKey idempotencyKey);
}
