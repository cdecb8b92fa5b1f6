package io.oktaadapter.application.service.inline;

import io.oktaadapter.application.port.in.inline.DecideTenantClaimsUseCase;
import io.oktaadapter.application.port.out.inline.ReadModelSnapshot;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Map;
import java.util.Objects;

/**
 * Use case: tenant claims for a sign-in, refusing users who are not members of the tenant that owns
 * the application.
 */
public final class DecideTenantClaimsService implements DecideTenantClaimsUseCase {

  private final InlineReadModel model;

  public DecideTenantClaimsService(InlineReadModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  @Override
  public TenantClaims decide(String applicationId, String userId) {
    ReadModelSnapshot snapshot = model.snapshot();
    TenantKey tenant = applicationId == null ? null : snapshot.applications().get(applicationId);
    if (tenant == null || !snapshot.activeTenants().contains(tenant)) {
      return new NotManaged();
    }
    Map<TenantKey, String> memberOf =
        userId == null ? Map.of() : snapshot.memberships().getOrDefault(userId, Map.of());
    String role = memberOf.get(tenant);
    return role == null ? new CrossTenant(tenant) : new Claims(tenant, role);
  }
}
