package io.oktaadapter.application.port.in.provisioning;

import io.oktaadapter.domain.provisioning.IdempotencyKey;
import io.oktaadapter.domain.tenant.TenantSpec;
import java.util.Objects;
import java.util.Optional;

/**
 * Command: bring a tenant to a desired state (create or update).
 *
 * @param idempotencyKey the client's key, or {@code null}
 * @param dryRun only show the plan, change nothing
 */
public record SubmitTenantCommand(TenantSpec spec, IdempotencyKey idempotencyKey, boolean dryRun) {

  public SubmitTenantCommand {
    Objects.requireNonNull(spec, "spec");
  }

  public Optional<IdempotencyKey> key() {
    return Optional.ofNullable(idempotencyKey);
  }
}
