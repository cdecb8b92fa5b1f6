package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.adapters.out.okta.UsersApi.UserJson;
import io.oktaadapter.application.port.out.okta.OktaUsers;
import io.oktaadapter.domain.okta.OktaId;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Okta REST adapter: {@link OktaUsers} over {@code /api/v1/users/{id}}. */
@Singleton
class RestOktaUsers implements OktaUsers {

  private final UsersApi api;
  private final OktaCalls calls;

  RestOktaUsers(UsersApi api, OktaCalls calls) {
    this.api = api;
    this.calls = calls;
  }

  @Override
  public Optional<OktaUser> findByLogin(String login) {
    return NotFound.asEmpty(() -> calls.repeatable(OktaBucket.OTHER, () -> api.get(login)))
        .filter(u -> login.equalsIgnoreCase(u.profile().login()))
        .map(RestOktaUsers::toUser);
  }

  @Override
  public void clearSessions(OktaId userId, boolean forgetDevices) {
    // Clearing sessions twice ends in the same state: safe to repeat after a lost answer.
    calls.repeatable(
        OktaBucket.OTHER, () -> api.clearSessions(userId.value(), true, forgetDevices));
  }

  @Override
  public void apply(OktaId userId, LifecycleAction action) {
    // Okta's lifecycle operations end in the same state when repeated.
    calls.repeatable(OktaBucket.OTHER, () -> api.lifecycle(userId.value(), action.path()));
  }

  private static OktaUser toUser(UserJson json) {
    return new OktaUser(OktaId.of(json.id()), json.profile().login(), json.status());
  }
}
