package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.http.OktaErrors;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Simulator endpoint {@code /api/v1/groups/{id}/owners}: users or groups that own an Okta group
 * (Okta's GroupOwner: id, type, displayName, originType, originId, resolved, lastUpdated).
 */
public final class GroupOwnersApi {
  static final String KIND = "GroupOwner";
  private static final String PATH = "/api/v1/groups/:groupId/owners";
  private final ApiKit kit;
  private final Listing listing;

  public GroupOwnersApi(ApiKit kit) {
    this.kit = kit;
    this.listing = new Listing(kit);
  }

  public void register(Router router) {
    router.get(PATH).handler(ctx -> listing.respond(ctx, owners(ctx), 1000, 1000, "displayName"));
    router.post(PATH).handler(this::assign);
    router.delete(PATH + "/:ownerId").handler(this::remove);
  }

  private ResourceStore owners(RoutingContext ctx) {
    String groupId = ctx.pathParam("groupId");
    kit.org.groups.require(groupId);
    return kit.org.children(KIND, groupId);
  }

  private void assign(RoutingContext ctx) {
    ResourceStore owners = owners(ctx);
    ObjectNode body = kit.body(ctx);
    String id = ApiKit.required(body, "id");
    String type = ApiKit.required(body, "type");
    String displayName =
        switch (type) {
          case "USER" -> displayName(kit.org.users.require(id));
          case "GROUP" -> Json.text(kit.org.groups.require(id), "profile.name");
          default -> throw OktaErrors.validation("type", "type: Invalid owner type: " + type);
        };
    ObjectNode owner = Json.object();
    owner.put("id", id);
    owner.put("type", type);
    owner.put("displayName", displayName);
    owner.put("originType", "OKTA_DIRECTORY");
    owner.putNull("originId");
    owner.put("resolved", true);
    owner.put("lastUpdated", kit.now());
    synchronized (owners) {
      if (owners.find(id).isPresent()) {
        throw OktaErrors.duplicate("id");
      }
      owners.add(owner, kit.visibleAt());
    }
    kit.respond.json(ctx, 201, owner);
  }

  private void remove(RoutingContext ctx) {
    ResourceStore owners = owners(ctx);
    String ownerId = ctx.pathParam("ownerId");
    owners.require(ownerId);
    owners.remove(ownerId);
    kit.respond.empty(ctx, 204);
  }

  private static String displayName(ObjectNode user) {
    return Json.text(user, "profile.firstName") + " " + Json.text(user, "profile.lastName");
  }
}
