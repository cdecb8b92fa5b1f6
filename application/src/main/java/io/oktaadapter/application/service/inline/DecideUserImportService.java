package io.oktaadapter.application.service.inline;

import io.oktaadapter.application.port.in.inline.DecideUserImportUseCase;
import io.oktaadapter.application.port.out.inline.ReadModelSnapshot;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Use case: links an imported user to the Okta user with the same login, else creates one. */
public final class DecideUserImportService implements DecideUserImportUseCase {

  private final InlineReadModel model;

  public DecideUserImportService(InlineReadModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  @Override
  public ImportDecision decide(String applicationId, String login) {
    ReadModelSnapshot snapshot = model.snapshot();
    Optional<TenantKey> tenant =
        Optional.ofNullable(applicationId).map(snapshot.applications()::get);
    String userId =
        login == null ? null : snapshot.usersByLogin().get(login.strip().toLowerCase(Locale.ROOT));
    return userId == null ? new CreateUser(tenant) : new LinkUser(userId, tenant);
  }
}
