package io.oktaadapter.application.port.out.notification;

import java.util.Objects;

/**
 * A notification claimed for sending, with its row id and the attempts made so far (this one
 * included).
 */
public record QueuedNotification(long id, Notification notification, int attempts) {

  public QueuedNotification {
    Objects.requireNonNull(notification, "notification");
  }
}
