package io.oktaadapter.bootstrap.wiring;

import io.oktaadapter.application.port.in.notification.DeliverNotificationsUseCase;
import io.oktaadapter.application.port.in.notification.NotifyHookSecretRotationDueUseCase;
import io.oktaadapter.application.port.in.notification.PurgeSentNotificationsUseCase;
import io.oktaadapter.application.port.out.notification.NotificationOutbox;
import io.oktaadapter.application.port.out.notification.NotificationQueue;
import io.oktaadapter.application.port.out.notification.NotificationSender;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.service.notification.DeliverNotificationsService;
import io.oktaadapter.application.service.notification.NotificationSettings;
import io.oktaadapter.application.service.notification.NotifyHookSecretRotationDueService;
import io.oktaadapter.application.service.notification.PurgeSentNotificationsService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Wiring: the e-mail notifications (outbox in PostgreSQL, delivery over SMTP; ADR 0013). */
@ApplicationScoped
public class NotificationProducers {

  // Singleton, not ApplicationScoped: a record is final and cannot be proxied.
  @Produces
  @Singleton
  NotificationSettings notificationSettings(AdapterConfig config) {
    AdapterConfig.Notifications n = config.notifications();
    return new NotificationSettings(
        n.supportAddresses().orElse(List.of()),
        n.defaultLanguage(),
        n.tenantLanguages(),
        n.quarantineThreshold(),
        n.quarantineWindow(),
        n.hookSecretMaxAge(),
        n.batchSize(),
        n.lease(),
        n.maxAttempts(),
        n.retryBackoff(),
        n.maxBackoff());
  }

  /** A thread per mail of a claim, so the mails of one claim never wait for each other. */
  private ExecutorService mailSends;

  @Produces
  @ApplicationScoped
  DeliverNotificationsUseCase deliverNotifications(
      NotificationQueue queue,
      NotificationSender sender,
      UnitOfWork unitOfWork,
      NotificationSettings settings,
      Clock clock) {
    AtomicInteger n = new AtomicInteger();
    mailSends =
        Executors.newFixedThreadPool(
            settings.batchSize(),
            r -> {
              Thread t = new Thread(r, "notification-send-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    return new DeliverNotificationsService(queue, sender, unitOfWork, settings, clock, mailSends);
  }

  @PreDestroy
  void stopMailSends() {
    if (mailSends != null) {
      mailSends.shutdown();
    }
  }

  @Produces
  @ApplicationScoped
  PurgeSentNotificationsUseCase purgeSentNotifications(NotificationQueue queue, Clock clock) {
    return new PurgeSentNotificationsService(queue, clock);
  }

  @Produces
  @ApplicationScoped
  NotifyHookSecretRotationDueUseCase notifyHookSecretRotationDue(
      SecretStore secrets, NotificationOutbox outbox, NotificationSettings settings, Clock clock) {
    return new NotifyHookSecretRotationDueService(secrets, outbox, settings, clock);
  }
}
