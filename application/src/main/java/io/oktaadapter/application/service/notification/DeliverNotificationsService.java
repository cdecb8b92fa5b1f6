package io.oktaadapter.application.service.notification;

import io.oktaadapter.application.port.in.notification.DeliverNotificationsUseCase;
import io.oktaadapter.application.port.out.notification.NotificationDeliveryException;
import io.oktaadapter.application.port.out.notification.NotificationQueue;
import io.oktaadapter.application.port.out.notification.NotificationSender;
import io.oktaadapter.application.port.out.notification.QueuedNotification;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Use case: sends due notifications. The claim commits first (a lease), the mails go out outside
 * any transaction, and each outcome commits afterwards, so no database connection waits for SMTP.
 * The mails of one claim are sent at the same time, on the given executor: one slow or timing-out
 * SMTP exchange delays only its own mail, and a claim's round takes about as long as its slowest
 * mail, well within the lease. A failure leaves the notification pending with an exponential
 * backoff until {@code maxAttempts}; a crash between sending and recording sends it once more after
 * the lease (at least once).
 */
public final class DeliverNotificationsService implements DeliverNotificationsUseCase {

  private static final System.Logger LOG =
      System.getLogger(DeliverNotificationsService.class.getName());

  private final NotificationQueue queue;
  private final NotificationSender sender;
  private final UnitOfWork unitOfWork;
  private final NotificationSettings settings;
  private final Clock clock;
  private final Executor sends;

  /**
   * @param sends runs the mails of one claim; it should offer a thread per mail of a claim ({@code
   *     batchSize}), or mails wait for each other again
   */
  public DeliverNotificationsService(
      NotificationQueue queue,
      NotificationSender sender,
      UnitOfWork unitOfWork,
      NotificationSettings settings,
      Clock clock,
      Executor sends) {
    this.queue = Objects.requireNonNull(queue);
    this.sender = Objects.requireNonNull(sender);
    this.unitOfWork = Objects.requireNonNull(unitOfWork);
    this.settings = Objects.requireNonNull(settings);
    this.clock = Objects.requireNonNull(clock);
    this.sends = Objects.requireNonNull(sends);
  }

  /**
   * @throws RuntimeException the first failure to record an outcome (e.g. the database is down),
   *     after every mail of the claim was tried; such notifications are claimed again after the
   *     lease
   */
  @Override
  public int deliverDue() {
    List<QueuedNotification> claimed =
        unitOfWork.inNewTransaction(() -> queue.claimDue(settings.batchSize(), settings.lease()));
    List<CompletableFuture<Void>> rounds = new ArrayList<>(claimed.size());
    for (QueuedNotification queued : claimed) {
      rounds.add(CompletableFuture.runAsync(() -> deliver(queued), sends));
    }
    RuntimeException first = null;
    for (CompletableFuture<Void> round : rounds) {
      try {
        round.join();
      } catch (CompletionException e) {
        if (first == null) {
          first =
              e.getCause() instanceof RuntimeException cause
                  ? cause
                  : new IllegalStateException(e.getCause());
        }
      }
    }
    if (first != null) {
      throw first;
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
