package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.http.OktaErrors;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Simulator endpoint {@code /api/v1/users}: users with unique logins, found by id or login. */
public final class UsersApi {
  private static final String PATH = "/api/v1/users";
  private static final String[] REQUIRED = {"login", "email", "firstName", "lastName"};
  private final ApiKit kit;
  private final Listing listing;
  private final UserLookup lookup;

  public UsersApi(ApiKit kit) {
    this.kit = kit;
    this.listing = new Listing(kit);
    this.lookup = new UserLookup(kit);
  }

  public void register(Router router) {
    router
        .get(PATH)
        .handler(
            ctx ->
                listing.respond(
                    ctx,
                    kit.org.users,
                    200,
                    200,
                    "profile.login",
                    "profile.email",
                    "profile.firstName",
                    "profile.lastName"));
    router.post(PATH).handler(this::create);
    router.get(PATH + "/:id").handler(ctx -> kit.respond.json(ctx, 200, lookup.require(ctx)));
    router.put(PATH + "/:id").handler(ctx -> update(ctx, true));
    router.post(PATH + "/:id").handler(ctx -> update(ctx, false));
    router.delete(PATH + "/:id").handler(this::delete);
    new UserLifecycleApi(kit, lookup).register(router);
  }

  private void create(RoutingContext ctx) {
    ObjectNode body = kit.body(ctx);
    for (String field : REQUIRED) {
      ApiKit.required(body, "profile." + field);
    }
    boolean hasPassword = body.at("/credentials/password/value").isTextual();
    String status =
        kit.flag(ctx, "activate", true) ? (hasPassword ? "ACTIVE" : "PROVISIONED") : "STAGED";
    synchronized (kit.org.users) {
      lookup.requireUniqueLogin(body.at("/profile/login").asText(), null);
      String id = OktaIds.next("00u");
      String now = kit.now();
      ObjectNode user = Json.object();
      user.put("id", id);
      user.put("status", status);
      user.put("created", now);
      if (status.equals("STAGED")) {
        user.putNull("activated");
      } else {
        user.put("activated", now);
      }
      user.put("statusChanged", now);
      user.putNull("lastLogin");
      user.put("lastUpdated", now);
      user.put("passwordChanged", hasPassword ? now : null);
      user.putObject("type").put("id", "otysimulatordefault0");
      user.set("profile", body.get("profile").deepCopy());
      ObjectNode credentials = user.putObject("credentials");
      credentials.putObject("password");
      credentials.putObject("provider").put("type", "OKTA").put("name", "OKTA");
      ApiKit.link(user.putObject("_links"), "self", kit.base(ctx) + "/users/" + id);
      kit.org.users.add(user, kit.visibleAt());
      kit.respond.json(ctx, 200, user);
    }
  }

  private void update(RoutingContext ctx, boolean replaceProfile) {
    ObjectNode user = lookup.require(ctx);
    ObjectNode profile = kit.body(ctx).withObjectProperty("profile");
    synchronized (kit.org.users) {
      if (profile.has("login")) {
        lookup.requireUniqueLogin(profile.get("login").asText(), user.get("id").asText());
      }
      if (replaceProfile) {
        for (String field : REQUIRED) {
          ApiKit.required(profile, field);
        }
        user.set("profile", profile.deepCopy());
      } else {
        user.withObjectProperty("profile").setAll(profile);
      }
      user.put("lastUpdated", kit.now());
      kit.org.users.replace(user);
    }
    kit.respond.json(ctx, 200, user);
  }

  private void delete(RoutingContext ctx) {
    ObjectNode user = lookup.require(ctx);
    if ("DEPROVISIONED".equals(user.path("status").asText())) {
      kit.org.users.remove(user.get("id").asText());
      kit.org.removeChildEverywhere(GroupMembersApi.KIND, user.get("id").asText());
      kit.org.removeChildEverywhere(GroupOwnersApi.KIND, user.get("id").asText());
    } else {
      // Okta's first DELETE only deactivates; the second deletes for good.
      new Lifecycle(kit).setStatus(kit.org.users, user.get("id").asText(), "DEPROVISIONED");
    }
    kit.respond.empty(ctx, 204);
  }

  static void requireUnique(boolean taken) {
    if (taken) {
      throw OktaErrors.duplicate("login");
    }
  }
}
