package io.oktaadapter.application.port.in.provisioning;

import io.oktaadapter.domain.provisioning.IdempotencyKey;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.TenantKey;

/**
 * Inbound port: add an alias to a tenant or remove one; a new desired state like {@link
 * UpdateTenantUseCase}, whose job applies the difference (trusted origins).
 */
public interface ChangeTenantAliasUseCase {

  /** Adds the alias; a tenant that already has it gets a job all the same (it changes nothing). */
  Submission addAlias(TenantKey tenant, Alias alias, IdempotencyKey idempotencyKey);

  /** Removes the alias; the last alias cannot be removed (a tenant needs one). */
  Submission removeAlias(TenantKey tenant, Alias alias, IdempotencyKey idempotencyKey);
}
