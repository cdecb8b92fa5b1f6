package io.oktaadapter.application.service.users;

import io.oktaadapter.application.common.NotFoundException;
import io.oktaadapter.application.port.in.users.ClearUserSessionsUseCase;
import io.oktaadapter.application.port.out.okta.OktaUsers;
import io.oktaadapter.application.port.out.okta.OktaUsers.OktaUser;
import java.util.Objects;

/**
 * Use case: clear a user's sessions everywhere: Okta's {@code DELETE /users/{id}/sessions} with the
 * OAuth tokens revoked too, and remembered devices forgotten when asked.
 */
public class ClearUserSessionsService implements ClearUserSessionsUseCase {

  private final OktaUsers users;

  public ClearUserSessionsService(OktaUsers users) {
    this.users = Objects.requireNonNull(users);
  }

  @Override
  public ClearedSessions clearSessions(String login, boolean forgetDevices) {
    OktaUser user =
        users
            .findByLogin(login)
            .orElseThrow(() -> new NotFoundException("Okta has no user with login " + login));
    users.clearSessions(user.id(), forgetDevices);
    return new ClearedSessions(user.id().value(), user.login(), forgetDevices);
  }
}
