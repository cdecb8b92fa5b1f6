package io.oktaadapter.application.service.notification;

import io.oktaadapter.application.port.in.notification.DeliverNotificationsUseCase;
import io.oktaadapter.application.port.out.notification.NotificationDeliveryException;
import io.oktaadapter.application.port.out.notification.NotificationQueue;
import io.oktaadapter.application.port.out.notification.NotificationSender;
import io.oktaadapter.application.port.out.notification.QueuedNotification;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Use case: sends due notifications. The claim commits first (a lease), the mail goes out outside
 * any transaction, and the outcome commits afterwards, so no database connection waits for SMTP. A
 * failure leaves the notification pending with an exponential backoff until {@code maxAttempts}; a
 * crash between sending and recording sends it once more after the lease (at least once).
 */
public final class DeliverNotificationsService implements DeliverNotificationsUseCase {

  private static final System.Logger LOG =
      System.getLogger(DeliverNotificationsService.class.getName());

  private final NotificationQueue queue;
  private final NotificationSender sender;
  private final UnitOfWork unitOfWork;
  private final NotificationSettings settings;
  private final Clock clock;

  public DeliverNotificationsService(
      NotificationQueue queue,
      NotificationSender sender,
      UnitOfWork unitOfWork,
      NotificationSettings settings,
      Clock clock) {
    this.queue = Objects.requireNonNull(queue);
    this.sender = Objects.requireNonNull(sender);
    this.unitOfWork = Objects.requireNonNull(unitOfWork);
    this.settings = Objects.requireNonNull(settings);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public int deliverDue() {
    List<QueuedNotification> claimed =
        unitOfWork.inNewTransaction(() -> queue.claimDue(settings.batchSize(), settings.lease()));
    for (QueuedNotification queued : claimed) {
      deliver(queued);
    }
    return claimed.size();
  }

  private void deliver(QueuedNotification queued) {
    try {
      sender.send(queued.notification());
    } catch (NotificationDeliveryException e) {
      String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (e.permanent() || queued.attempts() >= settings.maxAttempts()) {
        LOG.log(
            Level.ERROR,
            "Notification {0} ({1}) given up after {2} attempt(s): {3}",
            queued.id(),
            queued.notification().kind(),
            queued.attempts(),
            error);
        unitOfWork.runInNewTransaction(() -> queue.markFailed(queued.id(), error));
      } else {
        var next = clock.instant().plus(settings.backoffAfter(queued.attempts()));
        LOG.log(
            Level.WARNING,
            "Notification {0} not sent (attempt {1}), next attempt at {2}: {3}",
            queued.id(),
            queued.attempts(),
            next,
            error);
        unitOfWork.runInNewTransaction(() -> queue.markRetry(queued.id(), next, error));
      }
      return;
    }
    unitOfWork.runInNewTransaction(() -> queue.markSent(queued.id()));
  }

  @Override
  public Backlog backlog() {
    NotificationQueue.Counts counts = unitOfWork.inNewTransaction(queue::counts);
    return new Backlog(counts.pending(), counts.failed());
  }
}
