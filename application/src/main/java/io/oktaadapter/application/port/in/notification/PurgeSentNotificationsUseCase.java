package io.oktaadapter.application.port.in.notification;

import java.time.Duration;

/** Inbound port: forget notifications sent longer ago than the retention. Idempotent. */
public interface PurgeSentNotificationsUseCase {

  /**
   * @return how many sent notifications were deleted
   */
  int purgeSentOlderThan(Duration retention);
}
