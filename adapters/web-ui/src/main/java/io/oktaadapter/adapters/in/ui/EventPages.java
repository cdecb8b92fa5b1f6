package io.oktaadapter.adapters.in.ui;

import io.oktaadapter.adapters.in.ui.Views.EventRow;
import io.oktaadapter.adapters.in.ui.Views.EventsView;
import io.oktaadapter.adapters.in.ui.Views.QuarantineRow;
import io.oktaadapter.application.port.in.events.QueryIdentityEventsUseCase;
import io.oktaadapter.application.port.out.events.IdentityEventLog.EventQuery;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Web UI for operators: the event-hook deliveries (recent Okta events with their publication
 * status) and the quarantine of refused deliveries.
 */
@Path("/ui/events")
@Authenticated
@Produces(MediaType.TEXT_HTML)
class EventPages {

  private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9_.]{1,200}");

  private final UiSupport ui;
  private final QueryIdentityEventsUseCase events;

  EventPages(UiSupport ui, QueryIdentityEventsUseCase events) {
    this.ui = ui;
    this.events = events;
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
    ui.user().requireOperator();
    List<QuarantineRow> rows =
        events.quarantinedDeliveries(100).stream()
            .map(
                q ->
                    new QuarantineRow(
                        String.valueOf(q.id()),
                        UiSupport.time(q.receivedAt()),
                        q.reason(),
                        q.body(),
                        q.truncated()))
            .toList();
    return Pages.quarantine(ui.chrome(), rows);
  }
}
