package io.oktaadapter.application.service.inline;

import io.oktaadapter.application.port.in.inline.DecideTenantClaimsUseCase;
import io.oktaadapter.application.port.out.inline.ReadModelSnapshot;
import io.oktaadapter.domain.app.ApplicationKind;
import io.oktaadapter.domain.app.ClaimTemplate;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Map;
import java.util.Objects;

/**
 * Use case: tenant claims for a sign-in, refusing users who are not members of the tenant that owns
 * the application.
 */
public final class DecideTenantClaimsService implements DecideTenantClaimsUseCase {

  private final InlineReadModel model;
  private final ClaimTemplate defaults;
  private final Map<ApplicationKind, ClaimTemplate> perKind;

  /**
   * @param defaults the claims of applications whose kind has no template of its own (and of
   *     adopted applications of unknown kind)
   * @param perKind the claim template of each application kind
   */
  public DecideTenantClaimsService(
      InlineReadModel model, ClaimTemplate defaults, Map<ApplicationKind, ClaimTemplate> perKind) {
    this.model = Objects.requireNonNull(model, "model");
    this.defaults = Objects.requireNonNull(defaults, "defaults");
    this.perKind = Map.copyOf(perKind);
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
    if (role == null) {
      return new CrossTenant(tenant);
    }
    ApplicationKind kind = snapshot.applicationKinds().get(applicationId);
    ClaimTemplate template = kind == null ? defaults : perKind.getOrDefault(kind, defaults);
    return new Claims(tenant, role, template.claims(tenant, role, kind));
  }
}
