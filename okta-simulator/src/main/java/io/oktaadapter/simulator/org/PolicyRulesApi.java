package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Simulator endpoint {@code /api/v1/policies/{id}/rules}: the rules of one policy. */
final class PolicyRulesApi {
  static final String KIND = "PolicyRule";
  private static final String PATH = "/api/v1/policies/:policyId/rules";
  private final ApiKit kit;
  private final Listing listing;

  PolicyRulesApi(ApiKit kit) {
    this.kit = kit;
    this.listing = new Listing(kit);
  }

  void register(Router router) {
    router.get(PATH).handler(ctx -> listing.respond(ctx, rules(ctx), 20, 200));
    router.post(PATH).handler(this::create);
    router.get(PATH + "/:ruleId").handler(ctx -> kit.respond.json(ctx, 200, rule(ctx)));
    router.put(PATH + "/:ruleId").handler(this::update);
    router.delete(PATH + "/:ruleId").handler(this::delete);
    for (String action : new String[] {"activate", "deactivate"}) {
      String status = action.equals("activate") ? "ACTIVE" : "INACTIVE";
      router
          .post(PATH + "/:ruleId/lifecycle/" + action)
          .handler(
              ctx -> {
                new Lifecycle(kit).setStatus(rules(ctx), ctx.pathParam("ruleId"), status);
                kit.respond.empty(ctx, 204);
              });
    }
  }

  private ResourceStore rules(RoutingContext ctx) {
    String policyId = ctx.pathParam("policyId");
    kit.org.policies.require(policyId);
    return kit.org.children(KIND, policyId);
  }

  private ObjectNode rule(RoutingContext ctx) {
    return rules(ctx).require(ctx.pathParam("ruleId"));
  }

  private void create(RoutingContext ctx) {
    ResourceStore rules = rules(ctx);
    ObjectNode body = kit.body(ctx);
    ApiKit.required(body, "name");
    String id = OktaIds.next("0pr");
    String now = kit.now();
    ObjectNode rule = body.deepCopy();
    rule.put("id", id);
    rule.put("status", kit.flag(ctx, "activate", true) ? "ACTIVE" : "INACTIVE");
    rule.put("system", false);
    rule.put("priority", body.path("priority").asInt(1));
    rule.put("created", now);
    rule.put("lastUpdated", now);
    ObjectNode links = rule.putObject("_links");
    String self = kit.base(ctx) + "/policies/" + ctx.pathParam("policyId") + "/rules/" + id;
    ApiKit.link(links, "self", self, "GET", "PUT", "DELETE");
    rules.add(rule, kit.visibleAt());
    kit.respond.json(ctx, 200, rule);
  }

  private void update(RoutingContext ctx) {
    ObjectNode rule = rule(ctx);
    ObjectNode body = kit.body(ctx);
    ApiKit.required(body, "name");
    for (String field : new String[] {"name", "priority", "conditions", "actions"}) {
      if (body.has(field)) {
        rule.set(field, body.get(field).deepCopy());
      }
    }
    rule.put("lastUpdated", kit.now());
    rules(ctx).replace(rule);
    kit.respond.json(ctx, 200, rule);
  }

  private void delete(RoutingContext ctx) {
    rules(ctx).remove(rule(ctx).get("id").asText());
    kit.respond.empty(ctx, 204);
  }
}
