package io.oktaadapter.adapters.in.ui;

import io.oktaadapter.adapters.in.ui.Views.EventRow;
import io.oktaadapter.adapters.in.ui.Views.EventsView;
import io.oktaadapter.adapters.in.ui.Views.QuarantineRow;
import io.oktaadapter.application.common.NotFoundException;
import io.oktaadapter.application.port.in.events.QueryIdentityEventsUseCase;
import io.oktaadapter.application.port.in.events.ResolveQuarantineUseCase;
import io.oktaadapter.application.port.out.events.IdentityEventLog.EventQuery;
import io.oktaadapter.application.port.out.events.QuarantinedDelivery;
import io.oktaadapter.domain.InvalidFieldException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Web UI for operators: the event-hook deliveries (recent Okta events with their publication
 * status) and the quarantine of refused deliveries and events, where support staff reprocess or
 * discard entries (audited by the use case).
 */
@Path("/ui/events")
@Authenticated
@Produces(MediaType.TEXT_HTML)
class EventPages {

  private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9_.]{1,200}");

  private final UiSupport ui;
  private final QueryIdentityEventsUseCase events;
  private final ResolveQuarantineUseCase resolve;

  EventPages(UiSupport ui, QueryIdentityEventsUseCase events, ResolveQuarantineUseCase resolve) {
    this.ui = ui;
    this.events = events;
    this.resolve = resolve;
  }

  @GET
  public TemplateInstance recent(@QueryParam("type") String type) {
    ui.user().requireOperator();
    String filter = type != null && TYPE.matcher(type.strip()).matches() ? type.strip() : null;
    List<EventRow> rows =
        events.recentEvents(new EventQuery(filter, null, 100)).stream()
            .map(
                e ->
                    new EventRow(
                        e.event().uuid(),
                        e.event().eventType(),
                        UiSupport.time(e.event().published()),
                        e.status().name(),
                        e.event().actor() == null
                            ? ""
                            : e.event().actor().alternateId() != null
                                ? e.event().actor().alternateId()
                                : String.valueOf(e.event().actor().id())))
            .toList();
    return Pages.events(ui.chrome(), new EventsView(rows, filter == null ? "" : filter));
  }

  @GET
  @Path("quarantine")
  public TemplateInstance quarantine() {
    return quarantinePage(null, null);
  }

  /** Reprocess an entry, with its stored body or the corrected one typed into the form. */
  @POST
  @Path("quarantine/{id}/reprocessing")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reprocess(@PathParam("id") String rawId, @RestForm String correctedBody) {
    long id = entryId(rawId);
    String corrected = correctedBody == null || correctedBody.isBlank() ? null : correctedBody;
    return resolved(id, () -> resolve.reprocess(id, corrected));
  }

  @POST
  @Path("quarantine/{id}/discarding")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response discard(@PathParam("id") String rawId, @RestForm String reason) {
    long id = entryId(rawId);
    return resolved(id, () -> resolve.discard(id, reason));
  }

  private Response resolved(long id, Supplier<ResolveQuarantineUseCase.Resolution> action) {
    UiUser user = ui.user();
    user.requireOperator();
    user.requireCreate();
    try {
      QuarkusTransaction.requiringNew().call(action::get);
    } catch (InvalidFieldException e) {
      return again(id, e.getMessage());
    } catch (NotFoundException e) {
      throw UiException.notFound("no quarantine entry " + id);
    } catch (RuntimeException e) {
      return UiSupport.refusal(e).map(message -> again(id, message)).orElseThrow(() -> e);
    }
    return Response.seeOther(URI.create("/ui/events/quarantine#entry-" + id)).build();
  }

  private Response again(long id, String error) {
    return Response.status(400)
        .type(MediaType.TEXT_HTML_TYPE)
        .entity(quarantinePage(id, error))
        .build();
  }

  private TemplateInstance quarantinePage(Long failed, String error) {
    UiUser user = ui.user();
    user.requireOperator();
    boolean mayResolve = user.canCreate();
    List<QuarantineRow> rows =
        events.quarantinedDeliveries(100).stream()
            .map(
                q ->
                    new QuarantineRow(
                        String.valueOf(q.id()),
                        UiSupport.time(q.receivedAt()),
                        q.reason(),
                        q.body(),
                        q.truncated(),
                        q.kind().name(),
                        q.deliveryId() == null ? "" : q.deliveryId(),
                        q.eventIndex() == null ? "" : q.eventIndex().toString(),
                        q.status().name(),
                        q.resolution() == null
                            ? ""
                            : q.resolution()
                                + (q.resolvedBy() == null ? "" : " (" + q.resolvedBy() + ")"),
                        mayResolve && q.status() == QuarantinedDelivery.Status.QUARANTINED,
                        q.id() != null && q.id().equals(failed) ? error : ""))
            .toList();
    return Pages.quarantine(ui.chrome(), rows);
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
    throw UiException.notFound("no quarantine entry " + raw);
  }
}
