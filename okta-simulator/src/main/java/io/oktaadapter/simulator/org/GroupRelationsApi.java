package io.oktaadapter.simulator.org;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * Simulator endpoints that read group relations from the other side: {@code GET
 * /api/v1/groups/{id}/apps} (applications a group is assigned to) and {@code GET
 * /api/v1/users/{id}/groups} (groups a user is a member of).
 */
public final class GroupRelationsApi {
  private final ApiKit kit;
  private final Listing listing;
  private final UserLookup lookup;

  public GroupRelationsApi(ApiKit kit) {
    this.kit = kit;
    this.listing = new Listing(kit);
    this.lookup = new UserLookup(kit);
  }

  public void register(Router router) {
    router.get("/api/v1/groups/:groupId/apps").handler(this::appsOfGroup);
    router.get("/api/v1/users/:id/groups").handler(this::groupsOfUser);
  }

  private void appsOfGroup(RoutingContext ctx) {
    String groupId = ctx.pathParam("groupId");
    kit.org.groups.require(groupId);
    List<Stored> apps =
        kit.org.apps.visible(System.currentTimeMillis()).stream()
            .filter(app -> kit.org.children(AppGroupsApi.KIND, app.id()).find(groupId).isPresent())
            .toList();
    // Okta: default page of 20 apps, at most 200 (listAssignedApplicationsForGroup).
    listing.respond(ctx, apps, 20, 200);
  }

  private void groupsOfUser(RoutingContext ctx) {
    String userId = lookup.require(ctx).get("id").asText();
    List<Stored> groups =
        kit.org.groups.visible(System.currentTimeMillis()).stream()
            .filter(
                group ->
                    kit.org.children(GroupMembersApi.KIND, group.id()).find(userId).isPresent())
            .toList();
    listing.respond(ctx, groups, 10000, 10000);
  }
}
