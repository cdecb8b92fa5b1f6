package io.oktaadapter.application.service.events;

import io.oktaadapter.application.port.in.events.QuarantineDeliveryUseCase;
import io.oktaadapter.application.port.out.events.IdentityEventLog;
import io.oktaadapter.application.port.out.events.QuarantinedDelivery;
import io.oktaadapter.application.port.out.notification.NotificationOutbox;
import io.oktaadapter.application.service.notification.NotificationSettings;
import io.oktaadapter.application.service.notification.Notifications;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Use case: keeps a refused delivery's body (or a refused event of a readable delivery) (cut at the
 * limit) and the reason, for operators; when the deliveries quarantined in the current window reach
 * the threshold, the support address is told (once per window), in the same transaction.
 */
public final class QuarantineDeliveryService implements QuarantineDeliveryUseCase, EventQuarantine {

  private final IdentityEventLog log;
  private final EventHookSettings settings;
  private final Clock clock;
  private final NotificationOutbox notifications;
  private final NotificationSettings notificationSettings;

  public QuarantineDeliveryService(
      IdentityEventLog log,
      EventHookSettings settings,
      Clock clock,
      NotificationOutbox notifications,
      NotificationSettings notificationSettings) {
    this.log = Objects.requireNonNull(log);
    this.settings = Objects.requireNonNull(settings);
    this.clock = Objects.requireNonNull(clock);
    this.notifications = Objects.requireNonNull(notifications);
    this.notificationSettings = Objects.requireNonNull(notificationSettings);
  }

  @Override
  public void quarantine(String rawBody, String reason) {
    String body = rawBody == null ? "" : rawBody;
    boolean truncated = body.length() > settings.quarantineBodyLimit();
    if (truncated) {
      body = body.substring(0, settings.quarantineBodyLimit());
    }
    Instant now = clock.instant();
    log.quarantine(new QuarantinedDelivery(null, now, reason, body, truncated));
    alarmIfThresholdReached(now);
  }

  /** Events of readable deliveries that failed validation: one entry each, one alarm check. */
  @Override
  public void quarantineEvents(List<QuarantinedDelivery> entries) {
    if (entries.isEmpty()) {
      return;
    }
    log.quarantineAll(entries);
    alarmIfThresholdReached(clock.instant());
  }

  private void alarmIfThresholdReached(Instant now) {
    long window = notificationSettings.quarantineWindow().toMillis();
    Instant windowStart = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), window) * window);
    long count = log.countQuarantinedSince(windowStart);
    new Notifications(notificationSettings)
        .quarantineThresholdReached(count, now)
        .ifPresent(notifications::enqueue);
  }
}
