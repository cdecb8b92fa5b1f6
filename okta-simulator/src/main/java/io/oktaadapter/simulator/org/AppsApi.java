package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.OktaErrors;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Simulator endpoint {@code /api/v1/apps}: applications (OIDC clients in detail), deleted only
 * after deactivation.
 */
public final class AppsApi {
  private static final String PATH = "/api/v1/apps";
  private final ApiKit kit;
  private final Listing listing;
  private final AppDocument document;

  public AppsApi(ApiKit kit) {
    this.kit = kit;
    this.listing = new Listing(kit);
    this.document = new AppDocument(kit);
  }

  public void register(Router router) {
    router.get(PATH).handler(ctx -> listing.respond(ctx, kit.org.apps, 20, 200, "label", "name"));
    router.post(PATH).handler(this::create);
    router.get(PATH + "/:id").handler(ctx -> kit.respond.json(ctx, 200, app(ctx)));
    router.put(PATH + "/:id").handler(this::update);
    router.delete(PATH + "/:id").handler(this::delete);
    for (String action : new String[] {"activate", "deactivate"}) {
      String status = action.equals("activate") ? "ACTIVE" : "INACTIVE";
      router
          .post(PATH + "/:id/lifecycle/" + action)
          .handler(
              ctx -> {
                new Lifecycle(kit).setStatus(kit.org.apps, ctx.pathParam("id"), status);
                kit.respond.empty(ctx, 200);
              });
    }
  }

  private ObjectNode app(RoutingContext ctx) {
    return kit.org.apps.require(ctx.pathParam("id"));
  }

  private void create(RoutingContext ctx) {
    ObjectNode body = kit.body(ctx);
    ObjectNode app = document.create(ctx, body, kit.flag(ctx, "activate", true));
    kit.org.apps.add(app, kit.visibleAt());
    kit.respond.json(ctx, 200, app);
  }

  private void update(RoutingContext ctx) {
    ObjectNode app = app(ctx);
    document.update(app, kit.body(ctx));
    kit.org.apps.replace(app);
    kit.respond.json(ctx, 200, app);
  }

  private void delete(RoutingContext ctx) {
    ObjectNode app = app(ctx);
    if ("ACTIVE".equals(app.path("status").asText())) {
      throw OktaErrors.deleteActiveApp();
    }
    kit.org.apps.remove(app.get("id").asText());
    kit.org.dropChildren(AppGroupsApi.KIND, app.get("id").asText());
    kit.respond.empty(ctx, 204);
  }
}
