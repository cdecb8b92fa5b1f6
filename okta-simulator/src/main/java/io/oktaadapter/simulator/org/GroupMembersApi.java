package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** Simulator endpoint {@code /api/v1/groups/{id}/users}: group membership of users. */
public final class GroupMembersApi {
  static final String KIND = "GroupMember";
  private final ApiKit kit;
  private final Listing listing;

  public GroupMembersApi(ApiKit kit) {
    this.kit = kit;
    this.listing = new Listing(kit);
  }

  public void register(Router router) {
    router.get("/api/v1/groups/:groupId/users").handler(this::list);
    router.put("/api/v1/groups/:groupId/users/:userId").handler(this::add);
    router.delete("/api/v1/groups/:groupId/users/:userId").handler(this::remove);
  }

  private void list(RoutingContext ctx) {
    String groupId = ctx.pathParam("groupId");
    kit.org.groups.require(groupId);
    List<Stored> members =
        kit.org.children(KIND, groupId).visible(System.currentTimeMillis()).stream()
            .map(s -> kit.org.users.find(s.id()).map(u -> new Stored(s.seq(), u, 0)))
            .flatMap(java.util.Optional::stream)
            .toList();
    listing.respond(ctx, members, 1000, 10000);
  }

  private void add(RoutingContext ctx) {
    String groupId = ctx.pathParam("groupId");
    kit.org.groups.require(groupId);
    ObjectNode user = kit.org.users.require(ctx.pathParam("userId"));
    ResourceStore members = kit.org.children(KIND, groupId);
    if (members.find(user.get("id").asText()).isEmpty()) {
      members.add(Json.object().put("id", user.get("id").asText()), kit.visibleAt());
    }
    kit.respond.empty(ctx, 204);
  }

  private void remove(RoutingContext ctx) {
    String groupId = ctx.pathParam("groupId");
    kit.org.groups.require(groupId);
    kit.org.children(KIND, groupId).remove(ctx.pathParam("userId"));
    kit.respond.empty(ctx, 204);
  }
}
