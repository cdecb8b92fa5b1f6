package io.oktaadapter.application.service.notification;

import io.oktaadapter.application.port.in.notification.PurgeSentNotificationsUseCase;
import io.oktaadapter.application.port.out.notification.NotificationQueue;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Use case: deletes sent notifications past their retention; failed ones stay for operators. Runs
 * in the caller's transaction.
 */
public final class PurgeSentNotificationsService implements PurgeSentNotificationsUseCase {

  private final NotificationQueue queue;
  private final Clock clock;

  public PurgeSentNotificationsService(NotificationQueue queue, Clock clock) {
    this.queue = Objects.requireNonNull(queue);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public int purgeSentOlderThan(Duration retention) {
    return queue.purgeSentBefore(clock.instant().minus(retention));
  }
}
