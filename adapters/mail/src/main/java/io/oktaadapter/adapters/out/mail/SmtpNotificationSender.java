package io.oktaadapter.adapters.out.mail;

import io.oktaadapter.application.port.out.notification.Notification;
import io.oktaadapter.application.port.out.notification.NotificationDeliveryException;
import io.oktaadapter.application.port.out.notification.NotificationSender;
import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * SMTP adapter: sends a rendered notification with quarkus-mailer, one mail to all recipients with
 * a plain-text and an HTML part. Blocking on purpose: it runs on the notification worker's thread,
 * bounded by {@code quarkus.mailer.timeout}. Every failure is reported as retryable; the worker
 * gives up after its maximum attempts.
 */
@ApplicationScoped
class SmtpNotificationSender implements NotificationSender {

  private final Mailer mailer;
  private final MailRenderer renderer;

  SmtpNotificationSender(Mailer mailer, MailRenderer renderer) {
    this.mailer = mailer;
    this.renderer = renderer;
  }

  @Override
  public void send(Notification notification) {
    RenderedMail mail = renderer.render(notification);
    try {
      mailer.send(
          new Mail()
              .setTo(mail.to())
              .setSubject(mail.subject())
              .setText(mail.text())
              .setHtml(mail.html()));
    } catch (RuntimeException e) {
      throw new NotificationDeliveryException(describe(e), false, e);
    }
    Log.debugf("Sent %s notification to %d recipient(s)", notification.kind(), mail.to().size());
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return "SMTP: " + root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
