package io.oktaadapter.application.port.out.okta;

import io.oktaadapter.domain.okta.OktaId;
import java.util.Objects;
import java.util.Optional;

/** Outbound port for the Okta users support commands act on. */
public interface OktaUsers {

  /** The user whose login is exactly {@code login}, if there is one. */
  Optional<OktaUser> findByLogin(String login);

  /**
   * Ends the user's Okta sessions on every browser and device and revokes the OAuth tokens issued
   * to them; with {@code forgetDevices} the user's remembered devices are forgotten too.
   */
  void clearSessions(OktaId userId, boolean forgetDevices);

  /** Moves the user through Okta's user lifecycle. */
  void apply(OktaId userId, LifecycleAction action);

  /** Okta's user lifecycle operations ({@code /lifecycle/<path>}). */
  enum LifecycleAction {
    ACTIVATE("activate"),
    DEACTIVATE("deactivate"),
    REACTIVATE("reactivate"),
    SUSPEND("suspend"),
    UNSUSPEND("unsuspend"),
    UNLOCK("unlock"),
    EXPIRE_PASSWORD("expire_password");

    private final String path;

    LifecycleAction(String path) {
      this.path = path;
    }

    /** The last segment of the lifecycle operation's path. */
    public String path() {
      return path;
    }
  }

  /** A user as Okta holds it; {@code status} is Okta's (ACTIVE, SUSPENDED, ...). */
  record OktaUser(OktaId id, String login, String status) {
    public OktaUser {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(login, "login");
    }
  }
}
