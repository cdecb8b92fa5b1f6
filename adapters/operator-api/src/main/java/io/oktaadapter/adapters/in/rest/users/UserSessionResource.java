package io.oktaadapter.adapters.in.rest.users;

import io.oktaadapter.application.port.in.users.ClearUserSessionsUseCase;
import io.oktaadapter.application.port.in.users.ClearUserSessionsUseCase.ClearedSessions;
import io.oktaadapter.domain.InvalidFieldException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: a user's sessions, {@code /api/v1/users/{login}/sessions}. Clearing them ends the
 * user's Okta sessions on every browser and device and revokes their OAuth tokens; nothing is
 * stored locally, so no transaction is needed.
 */
@Path("/api/v1/users/{login}/sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
class UserSessionResource {

  private final ClearUserSessionsUseCase sessions;

  UserSessionResource(ClearUserSessionsUseCase sessions) {
    this.sessions = sessions;
  }

  @DELETE
  @RolesAllowed({"support", "admin"})
  @Operation(
      summary =
          "End the user's Okta sessions everywhere and revoke their OAuth tokens"
              + " (?forgetDevices=true also forgets remembered devices)")
  public ClearedSessionsDto clear(
      @PathParam("login") String login, @QueryParam("forgetDevices") String forgetDevices) {
    if (login == null || login.isBlank() || login.length() > 100) {
      throw new InvalidFieldException("login", "must be 1 to 100 characters long");
    }
    ClearedSessions cleared = sessions.clearSessions(login, flag(forgetDevices));
    return new ClearedSessionsDto(
        cleared.userId(), cleared.login(), true, true, cleared.forgetDevices());
  }

  private static boolean flag(String raw) {
    if (raw == null || raw.isEmpty()) {
      return false;
    }
    if (!raw.equals("true") && !raw.equals("false")) {
      throw new InvalidFieldException("forgetDevices", "must be true or false");
    }
    return Boolean.parseBoolean(raw);
  }

  /** What was cleared. */
  public record ClearedSessionsDto(
      String userId,
      String login,
      boolean sessionsCleared,
      boolean oauthTokensRevoked,
      boolean forgetDevices) {}
}
