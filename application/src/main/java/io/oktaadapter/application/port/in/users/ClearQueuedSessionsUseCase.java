package io.oktaadapter.application.port.in.users;

/**
 * Inbound port: the background worker of the automatic session clean-up; clears the sessions of
 * users queued by the event-hook rule.
 */
public interface ClearQueuedSessionsUseCase {

  /**
   * Claims up to {@code limit} due clean-ups and clears their users' sessions.
   *
   * @return how many were claimed (0 when none was due)
   */
  int clearDue(int limit);
}
