package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.http.OktaErrors;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Simulator endpoint {@code /api/v1/groups}: Okta groups (OKTA_GROUP) with unique names. */
public final class GroupsApi {
  private final ApiKit kit;
  private final Listing listing;

  public GroupsApi(ApiKit kit) {
    this.kit = kit;
    this.listing = new Listing(kit);
  }

  public void register(Router router) {
    router
        .get("/api/v1/groups")
        .handler(ctx -> listing.respond(ctx, kit.org.groups, 10000, 10000, "profile.name"));
    router.post("/api/v1/groups").handler(this::create);
    router.get("/api/v1/groups/:groupId").handler(this::get);
    router.put("/api/v1/groups/:groupId").handler(this::update);
    router.delete("/api/v1/groups/:groupId").handler(this::delete);
  }

  private void create(RoutingContext ctx) {
    ObjectNode body = kit.body(ctx);
    String name = ApiKit.required(body, "profile.name");
    synchronized (kit.org.groups) {
      requireUniqueName(name, null);
      String now = kit.now();
      ObjectNode group = Json.object();
      group.put("id", OktaIds.next("00g"));
      group.put("created", now);
      group.put("lastUpdated", now);
      group.put("lastMembershipUpdated", now);
      group.putArray("objectClass").add("okta:user_group");
      group.put("type", "OKTA_GROUP");
      group.set("profile", profile(body));
      group.set("_links", links(ctx, group.get("id").asText()));
      kit.org.groups.add(group, kit.visibleAt());
      kit.respond.json(ctx, 200, group);
    }
  }

  private void get(RoutingContext ctx) {
    kit.respond.json(ctx, 200, kit.org.groups.require(ctx.pathParam("groupId")));
  }

  private void update(RoutingContext ctx) {
    ObjectNode group = kit.org.groups.require(ctx.pathParam("groupId"));
    ObjectNode body = kit.body(ctx);
    String name = ApiKit.required(body, "profile.name");
    synchronized (kit.org.groups) {
      requireUniqueName(name, group.get("id").asText());
      group.set("profile", profile(body));
      group.put("lastUpdated", kit.now());
      kit.org.groups.replace(group);
    }
    kit.respond.json(ctx, 200, group);
  }

  private void delete(RoutingContext ctx) {
    String id = ctx.pathParam("groupId");
    kit.org.groups.require(id);
    kit.org.groups.remove(id);
    kit.org.dropChildren(GroupMembersApi.KIND, id);
    // Okta also drops the group's application assignments.
    kit.org.removeChildEverywhere(AppGroupsApi.KIND, id);
    kit.org.dropChildren(GroupOwnersApi.KIND, id);
    kit.org.removeChildEverywhere(GroupOwnersApi.KIND, id);
    kit.respond.empty(ctx, 204);
  }

  private void requireUniqueName(String name, String exceptId) {
    boolean taken =
        kit.org.groups.anyMatch(
            g ->
                !g.path("id").asText().equals(exceptId)
                    && name.equals(Json.text(g, "profile.name")));
    if (taken) {
      throw OktaErrors.duplicate("name");
    }
  }

  private static ObjectNode profile(ObjectNode body) {
    return body.withObjectProperty("profile").deepCopy();
  }

  private ObjectNode links(RoutingContext ctx, String id) {
    ObjectNode links = Json.object();
    String base = kit.base(ctx) + "/groups/" + id;
    var logo = links.putArray("logo");
    for (String size : new String[] {"medium", "large"}) {
      logo.addObject()
          .put("name", size)
          .put(
              "href",
              kit.base(ctx).replace("/api/v1", "") + "/img/logos/groups/okta-" + size + ".png")
          .put("type", "image/png");
    }
    ApiKit.link(links, "users", base + "/users");
    ApiKit.link(links, "apps", base + "/apps");
    return links;
  }
}
