package io.oktaadapter.application.port.out.notification;

/** A notification could not be delivered; {@link #permanent()} when trying again cannot help. */
public class NotificationDeliveryException extends RuntimeException {

  private final boolean permanent;

  public NotificationDeliveryException(String message, boolean permanent, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
  }

  public boolean permanent() {
    return permanent;
  }
}
