package io.oktaadapter.application.service.events;

import io.oktaadapter.application.port.in.events.PurgeEventsUseCase;
import io.oktaadapter.application.port.out.events.IdentityEventLog;
import java.time.Clock;
import java.util.Objects;

/** Use case: deletes events and quarantined deliveries older than the retention period. */
public final class PurgeEventsService implements PurgeEventsUseCase {

  private final IdentityEventLog log;
  private final EventHookSettings settings;
  private final Clock clock;

  public PurgeEventsService(IdentityEventLog log, EventHookSettings settings, Clock clock) {
    this.log = Objects.requireNonNull(log);
    this.settings = Objects.requireNonNull(settings);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public int purgeExpired() {
    return log.purgeReceivedBefore(clock.instant().minus(settings.retention()));
  }
}
