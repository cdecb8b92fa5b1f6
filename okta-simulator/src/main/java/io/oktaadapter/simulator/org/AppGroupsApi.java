package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Simulator endpoint {@code /api/v1/apps/{id}/groups}: assignments of groups to applications. */
public final class AppGroupsApi {
  static final String KIND = "AppGroupAssignment";
  private static final String PATH = "/api/v1/apps/:appId/groups";
  private final ApiKit kit;
  private final Listing listing;

  public AppGroupsApi(ApiKit kit) {
    this.kit = kit;
    this.listing = new Listing(kit);
  }

  public void register(Router router) {
    router.get(PATH).handler(ctx -> listing.respond(ctx, assignments(ctx), 20, 200));
    router.put(PATH + "/:groupId").handler(this::assign);
    router.get(PATH + "/:groupId").handler(ctx -> kit.respond.json(ctx, 200, assignment(ctx)));
    router.delete(PATH + "/:groupId").handler(this::unassign);
  }

  private ResourceStore assignments(RoutingContext ctx) {
    String appId = ctx.pathParam("appId");
    kit.org.apps.require(appId);
    return kit.org.children(KIND, appId);
  }

  private ObjectNode assignment(RoutingContext ctx) {
    return assignments(ctx).require(ctx.pathParam("groupId"));
  }

  private void assign(RoutingContext ctx) {
    ResourceStore store = assignments(ctx);
    String groupId = ctx.pathParam("groupId");
    kit.org.groups.require(groupId);
    ObjectNode body = kit.optionalBody(ctx);
    ObjectNode assignment = Json.object();
    assignment.put("id", groupId);
    assignment.put("lastUpdated", kit.now());
    assignment.put("priority", body.path("priority").asInt(0));
    assignment.set("profile", body.has("profile") ? body.get("profile") : Json.object());
    ObjectNode links = assignment.putObject("_links");
    String app = kit.base(ctx) + "/apps/" + ctx.pathParam("appId");
    ApiKit.link(links, "app", app);
    ApiKit.link(links, "self", app + "/groups/" + groupId);
    ApiKit.link(links, "group", kit.base(ctx) + "/groups/" + groupId);
    synchronized (store) {
      if (store.find(groupId).isPresent()) {
        store.replace(assignment);
      } else {
        store.add(assignment, kit.visibleAt());
      }
    }
    kit.respond.json(ctx, 200, assignment);
  }

  private void unassign(RoutingContext ctx) {
    assignments(ctx).remove(ctx.pathParam("groupId"));
    kit.respond.empty(ctx, 204);
  }
}
