package io.oktaadapter.application.port.in.notification;

/**
 * Inbound port: send the notifications that are due, with retries and backoff. Safe to call from
 * every replica and thread at once.
 */
public interface DeliverNotificationsUseCase {

  /**
   * Claims one batch of due notifications and tries to send each.
   *
   * @return how many were claimed (0 when nothing was due)
   */
  int deliverDue();

  /** Pending and failed notifications, for metrics. */
  Backlog backlog();

  /** Notifications waiting to be sent, and given up. */
  record Backlog(long pending, long failed) {}
}
