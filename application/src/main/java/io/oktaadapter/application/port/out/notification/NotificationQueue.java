package io.oktaadapter.application.port.out.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Outbound port for the sending side of the notification outbox. A claim leases rows to one worker
 * ({@code FOR UPDATE SKIP LOCKED}), so replicas never send the same notification at once; a worker
 * that dies leaves its rows to be claimed again when the lease runs out. Each method runs in the
 * caller's transaction.
 */
public interface NotificationQueue {

  /** Leases up to {@code limit} pending notifications that are due, counting one more attempt. */
  List<QueuedNotification> claimDue(int limit, Duration lease);

  void markSent(long id);

  /** Leaves the notification pending, due again at {@code nextAttempt}. */
  void markRetry(long id, Instant nextAttempt, String error);

  /** Gives up on the notification; it stays stored with the error, for operators. */
  void markFailed(long id, String error);

  /** Deletes notifications sent before the cutoff; returns how many. */
  int purgeSentBefore(Instant cutoff);

  /** How many notifications wait to be sent and how many were given up. */
  Counts counts();

  /** Pending and failed notifications. */
  record Counts(long pending, long failed) {}
}
