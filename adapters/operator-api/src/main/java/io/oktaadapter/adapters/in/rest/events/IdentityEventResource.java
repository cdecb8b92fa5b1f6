package io.oktaadapter.adapters.in.rest.events;

import io.oktaadapter.adapters.in.rest.common.Params;
import io.oktaadapter.application.port.in.events.QueryIdentityEventsUseCase;
import io.oktaadapter.application.port.in.events.RedeliverEventsUseCase;
import io.oktaadapter.application.port.in.events.RedeliverEventsUseCase.RedeliveryRequest;
import io.oktaadapter.application.port.in.events.ResolveQuarantineUseCase;
import io.oktaadapter.application.port.out.events.IdentityEventLog.EventQuery;
import io.oktaadapter.application.port.out.events.QuarantinedDelivery;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.Validation;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: received Okta events, quarantined deliveries and redelivery, {@code
 * /api/v1/events}.
 */
@Path("/api/v1/events")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity events")
class IdentityEventResource {

  private final QueryIdentityEventsUseCase query;
  private final RedeliverEventsUseCase redeliver;
  private final ResolveQuarantineUseCase resolve;

  IdentityEventResource(
      QueryIdentityEventsUseCase query,
      RedeliverEventsUseCase redeliver,
      ResolveQuarantineUseCase resolve) {
    this.query = query;
    this.redeliver = redeliver;
    this.resolve = resolve;
  }

  @GET
  @RolesAllowed({"viewer", "support", "admin"})
  @Operation(summary = "Recent events received from Okta, newest first, with publication status")
  public List<IdentityEventDto> recent(
      @QueryParam("type") String type,
      @QueryParam("receivedAfter") String receivedAfter,
      @QueryParam("limit") String limit) {
    Validation v = new Validation();
    Instant after = v.field("receivedAfter", receivedAfter, Params::instantOrNull);
    Integer max = v.field("limit", limit, raw -> Params.boundedInt(raw, 100, 500));
    v.throwIfInvalid();
    return query.recentEvents(new EventQuery(blankToNull(type), after, max)).stream()
        .map(IdentityEventDto::of)
        .toList();
  }

  @GET
  @Path("quarantine")
  @RolesAllowed({"viewer", "support", "admin"})
  @Operation(
      summary =
          "Quarantine entries, newest first: deliveries whose envelope could not be read and"
              + " single events that failed validation, with what operators did with them")
  public List<QuarantinedDelivery> quarantine(@QueryParam("limit") String limit) {
    Validation v = new Validation();
    Integer max = v.field("limit", limit, raw -> Params.boundedInt(raw, 50, 500));
    v.throwIfInvalid();
    return query.quarantinedDeliveries(max);
  }

  @POST
  @Path("quarantine/{id}/reprocessing")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"support", "admin"})
  @Transactional
  @Operation(
      summary =
          "Reprocess a quarantine entry through the normal path (stored once by uuid, then"
              + " published), with its stored body or a corrected one")
  public ResolveQuarantineUseCase.Resolution reprocess(
      @PathParam("id") String id, ReprocessRequestDto body) {
    long entry = entryId(id);
    String corrected = null;
    if (body != null && body.correctedBody() != null && !body.correctedBody().isNull()) {
      if (!body.correctedBody().isObject()) {
        throw new InvalidFieldException("correctedBody", "must be a JSON object");
      }
      corrected = body.correctedBody().toString();
    }
    return resolve.reprocess(entry, corrected);
  }

  @POST
  @Path("quarantine/{id}/discarding")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"support", "admin"})
  @Transactional
  @Operation(summary = "Discard a quarantine entry, with the reason")
  public ResolveQuarantineUseCase.Resolution discard(
      @PathParam("id") String id, DiscardRequestDto body) {
    long entry = entryId(id);
    return resolve.discard(entry, body == null ? null : body.reason());
  }

  private static long entryId(String raw) {
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidFieldException("id", "must be a quarantine entry id (a positive number)");
  }

  @POST
  @Path("redeliveries")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"support", "admin"})
  @Transactional
  @Operation(summary = "Publish stored events again (CloudEvents extension redelivered=true)")
  public Map<String, Object> redeliver(RedeliveryRequestDto body) {
    if (body == null) {
      throw new InvalidFieldException("", "a JSON body with at least \"from\" is required");
    }
    Validation v = new Validation();
    Instant from = v.field("from", body.from(), IdentityEventResource::instantRequired);
    Instant to = v.field("to", body.to(), Params::instantOrNull);
    v.throwIfInvalid();
    int limit = body.limit() == null ? 1000 : body.limit();
    int queued =
        redeliver.redeliver(
            new RedeliveryRequest(from, to == null ? Instant.now() : to, body.eventTypes(), limit));
    return Map.of("queued", queued);
  }

  private static Instant instantRequired(String raw) {
    if (raw == null || raw.isBlank()) {
      throw InvalidFieldException.ofValue("is required (an ISO-8601 instant)");
    }
    return Params.instantOrNull(raw);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
