package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.http.OktaErrors;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Set;

/** Simulator endpoint {@code /api/v1/policies}: policies by type (sign-on, MFA enrollment, ...). */
public final class PoliciesApi {
  private static final String PATH = "/api/v1/policies";
  private static final Set<String> TYPES =
      Set.of(
          "OKTA_SIGN_ON",
          "PASSWORD",
          "MFA_ENROLL",
          "IDP_DISCOVERY",
          "ACCESS_POLICY",
          "PROFILE_ENROLLMENT");
  private final ApiKit kit;
  private final Listing listing;
  private final Lifecycle lifecycle;

  public PoliciesApi(ApiKit kit) {
    this.kit = kit;
    this.listing = new Listing(kit);
    this.lifecycle = new Lifecycle(kit);
  }

  public void register(Router router) {
    router.get(PATH).handler(this::list);
    router.post(PATH).handler(this::create);
    router.get(PATH + "/:id").handler(ctx -> kit.respond.json(ctx, 200, policy(ctx)));
    router.put(PATH + "/:id").handler(this::update);
    router.delete(PATH + "/:id").handler(this::delete);
    lifecycle.register(router, PATH, kit.org.policies, false);
    new PolicyRulesApi(kit).register(router);
  }

  private ObjectNode policy(RoutingContext ctx) {
    return kit.org.policies.require(ctx.pathParam("id"));
  }

  private void list(RoutingContext ctx) {
    String type = ctx.request().getParam("type");
    if (type == null || !TYPES.contains(type)) {
      throw OktaErrors.validation("type", "type: Policy type must be provided and valid");
    }
    List<Stored> ofType =
        kit.org.policies.visible(System.currentTimeMillis()).stream()
            .filter(s -> type.equals(s.json().path("type").asText()))
            .toList();
    listing.respond(ctx, ofType, 20, 200);
  }

  private void create(RoutingContext ctx) {
    ObjectNode body = kit.body(ctx);
    validate(body);
    String id = OktaIds.next("00p");
    String now = kit.now();
    ObjectNode policy = body.deepCopy();
    policy.put("id", id);
    policy.put("status", kit.flag(ctx, "activate", true) ? "ACTIVE" : "INACTIVE");
    policy.put("system", false);
    policy.put("priority", body.path("priority").asInt(1));
    policy.put("created", now);
    policy.put("lastUpdated", now);
    ObjectNode links = policy.putObject("_links");
    String self = kit.base(ctx) + "/policies/" + id;
    ApiKit.link(links, "self", self, "GET", "PUT", "DELETE");
    ApiKit.link(links, "rules", self + "/rules", "GET", "POST");
    kit.org.policies.add(policy, kit.visibleAt());
    kit.respond.json(ctx, 200, policy);
  }

  private void update(RoutingContext ctx) {
    ObjectNode policy = policy(ctx);
    ObjectNode body = kit.body(ctx);
    validate(body);
    for (String field :
        new String[] {"name", "description", "priority", "conditions", "settings"}) {
      if (body.has(field)) {
        policy.set(field, body.get(field).deepCopy());
      }
    }
    policy.put("lastUpdated", kit.now());
    kit.org.policies.replace(policy);
    kit.respond.json(ctx, 200, policy);
  }

  private void delete(RoutingContext ctx) {
    String id = policy(ctx).get("id").asText();
    kit.org.policies.remove(id);
    kit.org.dropChildren(PolicyRulesApi.KIND, id);
    kit.respond.empty(ctx, 204);
  }

  private static void validate(ObjectNode body) {
    ApiKit.required(body, "name");
    if (!TYPES.contains(ApiKit.required(body, "type"))) {
      throw OktaErrors.validation("type", "type: Invalid policy type");
    }
    if (!body.has("conditions")) {
      body.set("conditions", Json.object());
    }
  }
}
