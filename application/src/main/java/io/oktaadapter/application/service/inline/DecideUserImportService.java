package io.oktaadapter.application.service.inline;

import io.oktaadapter.application.port.in.inline.DecideUserImportUseCase;
import io.oktaadapter.application.port.out.inline.ReadModelSnapshot;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: links an imported user to the Okta user with the same login, else creates one. The
 * cross-tenant rule of the token and SAML hooks holds here too: an existing user is linked only
 * when they are a member of the tenant that owns the application (an application of no tenant: only
 * when they are a member of no tenant); anyone else is refused, never matched.
 */
public final class DecideUserImportService implements DecideUserImportUseCase {

  private final InlineReadModel model;

  public DecideUserImportService(InlineReadModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  @Override
  public ImportDecision decide(String applicationId, String login) {
    ReadModelSnapshot snapshot = model.snapshot();
    Optional<TenantKey> tenant =
        Optional.ofNullable(applicationId)
            .map(snapshot.applications()::get)
            .filter(snapshot.activeTenants()::contains);
    String userId =
        login == null ? null : snapshot.usersByLogin().get(login.strip().toLowerCase(Locale.ROOT));
    if (userId == null) {
      return new CreateUser(tenant);
    }
    Map<TenantKey, String> memberOf = snapshot.memberships().getOrDefault(userId, Map.of());
    boolean mayLink = tenant.map(memberOf::containsKey).orElse(memberOf.isEmpty());
    return mayLink ? new LinkUser(userId, tenant) : new CrossTenant(tenant);
  }
}
