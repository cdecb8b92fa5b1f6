package io.oktaadapter.application.port.in.users;

/**
 * Inbound port: end a user's Okta sessions on all browsers and devices and revoke their OAuth
 * tokens, optionally forgetting their devices.
 */
public interface ClearUserSessionsUseCase {

  /**
   * @throws io.oktaadapter.application.common.NotFoundException when Okta has no such user
   */
  ClearedSessions clearSessions(String login, boolean forgetDevices);

  /** What was cleared, for the answer and the command result. */
  record ClearedSessions(String userId, String login, boolean forgetDevices) {}
}
