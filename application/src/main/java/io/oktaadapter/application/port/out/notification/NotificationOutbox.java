package io.oktaadapter.application.port.out.notification;

/**
 * Outbound port for queueing notifications transactionally: the notification is stored with the
 * change that causes it (in the caller's transaction) and mailed later by {@link
 * NotificationQueue}'s worker, so an SMTP outage never blocks nor loses it. Requires an active
 * transaction.
 */
public interface NotificationOutbox {

  /** Queues the notification; does nothing when one with the same dedup key is queued already. */
  void enqueue(Notification notification);
}
