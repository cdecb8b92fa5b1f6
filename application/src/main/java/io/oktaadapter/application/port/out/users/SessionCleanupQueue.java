package io.oktaadapter.application.port.out.users;

import io.oktaadapter.domain.okta.OktaId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Outbound port for the durable queue of automatic session clean-ups. {@link #enqueue} runs in the
 * transaction that stores the event causing it, so a crash loses none; claims lease rows so that
 * replicas never work on the same one at once.
 */
public interface SessionCleanupQueue {

  /** Queues a clean-up of the user's sessions (once per event uuid). */
  void enqueue(OktaId userId, String reason, String eventUuid, Instant now);

  /** Leases up to {@code limit} due clean-ups for {@code lease}; in its own transaction. */
  List<QueuedCleanup> claimDue(int limit, Duration lease, Instant now);

  /** Removes a clean-up that was carried out. */
  void done(long id);

  /** Keeps a failed clean-up for another attempt after {@code retryAt}. */
  void retryLater(long id, String error, Instant retryAt);

  /** A queued clean-up. */
  record QueuedCleanup(long id, OktaId userId, String reason, int attempts) {}
}
