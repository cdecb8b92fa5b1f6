package io.oktaadapter.application.port.out.notification;

/**
 * Outbound port for delivering one notification to its recipients (an SMTP server in production).
 * Renders the kind's template in the notification's language.
 */
public interface NotificationSender {

  /**
   * Sends the notification.
   *
   * @throws NotificationDeliveryException when it was not accepted (retryable unless permanent)
   */
  void send(Notification notification);
}
