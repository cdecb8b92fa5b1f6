package io.oktaadapter.application.service.events;

import io.oktaadapter.application.port.in.events.QuarantineDeliveryUseCase;
import io.oktaadapter.application.port.out.events.IdentityEventLog;
import io.oktaadapter.application.port.out.events.QuarantinedDelivery;
import java.time.Clock;
import java.util.Objects;

/** Use case: keeps a refused delivery's body (cut at the limit) and the reason, for operators. */
public final class QuarantineDeliveryService implements QuarantineDeliveryUseCase {

  private final IdentityEventLog log;
  private final EventHookSettings settings;
  private final Clock clock;

  public QuarantineDeliveryService(IdentityEventLog log, EventHookSettings settings, Clock clock) {
    this.log = Objects.requireNonNull(log);
    this.settings = Objects.requireNonNull(settings);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public void quarantine(String rawBody, String reason) {
    String body = rawBody == null ? "" : rawBody;
    boolean truncated = body.length() > settings.quarantineBodyLimit();
    if (truncated) {
      body = body.substring(0, settings.quarantineBodyLimit());
    }
    log.quarantine(new QuarantinedDelivery(null, clock.instant(), reason, body, truncated));
  }
}
