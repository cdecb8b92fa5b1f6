package io.oktaadapter.application.service.users;

import io.oktaadapter.application.port.in.users.ClearQueuedSessionsUseCase;
import io.oktaadapter.application.port.out.okta.OktaFailure;
import io.oktaadapter.application.port.out.okta.OktaUsers;
import io.oktaadapter.application.port.out.users.SessionCleanupQueue;
import io.oktaadapter.application.port.out.users.SessionCleanupQueue.QueuedCleanup;
import java.time.Clock;
import java.time.Duration;

/**
 * Use case: carries out queued session clean-ups. Each claimed row is leased (so another replica
 * skips it), cleared in Okta outside any transaction, then removed; a failure keeps it for a later
 * attempt with a growing delay. A user Okta no longer knows has no sessions left: done.
 */
public class ClearQueuedSessionsService implements ClearQueuedSessionsUseCase {

  private static final Duration LEASE = Duration.ofMinutes(1);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

  private final SessionCleanupQueue queue;
  private final OktaUsers users;
  private final boolean forgetDevices;
  private final Clock clock;

  public ClearQueuedSessionsService(
      SessionCleanupQueue queue, OktaUsers users, boolean forgetDevices, Clock clock) {
    this.queue = queue;
    this.users = users;
    this.forgetDevices = forgetDevices;
    this.clock = clock;
  }

  @Override
  public int clearDue(int limit) {
    var claimed = queue.claimDue(limit, LEASE, clock.instant());
    for (QueuedCleanup cleanup : claimed) {
      try {
        users.clearSessions(cleanup.userId(), forgetDevices);
        queue.done(cleanup.id());
      } catch (OktaFailure.NotFound gone) {
        queue.done(cleanup.id());
      } catch (OktaFailure e) {
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 5L << Math.min(cleanup.attempts(), 7));
        queue.retryLater(
            cleanup.id(), e.getMessage(), clock.instant().plus(Duration.ofSeconds(seconds)));
      }
    }
    return claimed.size();
  }
}
