package io.oktaadapter.application.service.events;

import io.oktaadapter.application.common.NotFoundException;
import io.oktaadapter.application.port.in.events.ReceiveEventHookUseCase;
import io.oktaadapter.application.port.in.events.ReceiveEventHookUseCase.DeliveryReceipt;
import io.oktaadapter.application.port.in.events.ResolveQuarantineUseCase;
import io.oktaadapter.application.port.out.events.IdentityEventLog;
import io.oktaadapter.application.port.out.events.OktaEventReader;
import io.oktaadapter.application.port.out.events.QuarantinedDelivery;
import io.oktaadapter.application.port.out.events.QuarantinedDelivery.Kind;
import io.oktaadapter.application.port.out.events.QuarantinedDelivery.Status;
import io.oktaadapter.application.port.out.security.ActorContext;
import io.oktaadapter.domain.IllegalStatusTransitionException;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.event.EventDelivery;
import io.oktaadapter.domain.event.OktaEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Use case: reprocesses a quarantine entry through the normal path (the same validation as the hook
 * endpoint, then {@link ReceiveEventHookUseCase}: stored once by uuid, published through the
 * outbox), or discards it with a reason. The entry is locked while it is resolved, so two operators
 * cannot both reprocess it.
 *
 * <p>An event entry whose body still fails validation is refused (400 naming the field) and stays
 * quarantined. A delivery entry whose envelope is now readable goes the way of a delivery: its
 * valid events are stored and its invalid ones become event entries of their own.
 */
public final class ResolveQuarantineService implements ResolveQuarantineUseCase {

  private static final int MAX_REASON = 2000;

  private final IdentityEventLog log;
  private final OktaEventReader reader;
  private final ReceiveEventHookUseCase receive;
  private final ActorContext actors;
  private final Clock clock;

  public ResolveQuarantineService(
      IdentityEventLog log,
      OktaEventReader reader,
      ReceiveEventHookUseCase receive,
      ActorContext actors,
      Clock clock) {
    this.log = Objects.requireNonNull(log);
    this.reader = Objects.requireNonNull(reader);
    this.receive = Objects.requireNonNull(receive);
    this.actors = Objects.requireNonNull(actors);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public Resolution reprocess(long id, String correctedBody) {
    QuarantinedDelivery entry = open(id, Status.REPROCESSED);
    String body = correctedBody;
    if (body == null) {
      if (entry.truncated()) {
        throw new InvalidFieldException(
            "body", "is required: the stored body was cut at the size limit");
      }
      body = entry.body();
    }
    Instant now = clock.instant();
    EventDelivery delivery;
    if (entry.kind() == Kind.EVENT) {
      OktaEvent event = reader.readEvent(body);
      delivery = new EventDelivery(entry.deliveryId(), entry.source(), now, List.of(event));
    } else {
      delivery = reader.readDelivery(body, now);
    }
    DeliveryReceipt receipt = receive.receive(delivery);
    String summary =
        receipt.accepted()
            + " accepted, "
            + receipt.duplicates()
            + " duplicates, "
            + receipt.filtered()
            + " filtered, "
            + receipt.quarantined()
            + " quarantined";
    resolve(id, Status.REPROCESSED, now, summary);
    return new Resolution(
        id,
        Status.REPROCESSED.name(),
        receipt.accepted(),
        receipt.duplicates(),
        receipt.filtered(),
        receipt.quarantined());
  }

  @Override
  public Resolution discard(long id, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldException("reason", "is required: say why the entry is dropped");
    }
    if (reason.length() > MAX_REASON) {
      throw new InvalidFieldException("reason", "must be at most " + MAX_REASON + " characters");
    }
    open(id, Status.DISCARDED);
    resolve(id, Status.DISCARDED, clock.instant(), reason.strip());
    return new Resolution(id, Status.DISCARDED.name(), 0, 0, 0, 0);
  }

  private QuarantinedDelivery open(long id, Status target) {
    QuarantinedDelivery entry =
        log.quarantinedForUpdate(id)
            .orElseThrow(() -> new NotFoundException("quarantine entry " + id + " not found"));
    if (entry.status() != Status.QUARANTINED) {
      throw new IllegalStatusTransitionException("quarantine entry " + id, entry.status(), target);
    }
    return entry;
  }

  private void resolve(long id, Status status, Instant at, String resolution) {
    if (!log.resolveQuarantined(id, status, at, actors.actor().id(), resolution)) {
      throw new IllegalStatusTransitionException(
          "quarantine entry " + id, Status.QUARANTINED, status);
    }
  }
}
