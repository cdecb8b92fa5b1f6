package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.http.OktaErrors;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Simulator endpoint {@code /api/v1/groups/rules}: group rules, created INACTIVE, changed and
 * deleted only while INACTIVE.
 */
public final class GroupRulesApi {
  private static final String PATH = "/api/v1/groups/rules";
  private final ApiKit kit;
  private final Listing listing;
  private final Lifecycle lifecycle;

  public GroupRulesApi(ApiKit kit) {
    this.kit = kit;
    this.listing = new Listing(kit);
    this.lifecycle = new Lifecycle(kit);
  }

  public void register(Router router) {
    router.get(PATH).handler(this::list);
    router.post(PATH).handler(this::create);
    router.get(PATH + "/:id").handler(ctx -> kit.respond.json(ctx, 200, rule(ctx)));
    router.put(PATH + "/:id").handler(this::update);
    router.delete(PATH + "/:id").handler(this::delete);
    lifecycle.register(router, PATH, kit.org.groupRules, false);
  }

  /**
   * Okta's {@code search} on group rules is a keyword matched against rule names (not a SCIM filter
   * as on other lists).
   */
  private void list(RoutingContext ctx) {
    String keyword = ctx.request().getParam("search");
    if (keyword == null || keyword.isBlank()) {
      listing.respond(ctx, kit.org.groupRules, 50, 300, "name");
      return;
    }
    String lower = keyword.toLowerCase(java.util.Locale.ROOT);
    var matching =
        kit.org.groupRules.visible(System.currentTimeMillis()).stream()
            .filter(
                s ->
                    s.json()
                        .path("name")
                        .asText()
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains(lower))
            .toList();
    ctx.put(Listing.SEARCH_APPLIED, Boolean.TRUE);
    listing.respond(ctx, matching, 50, 300, "name");
  }

  private ObjectNode rule(RoutingContext ctx) {
    return kit.org.groupRules.require(ctx.pathParam("id"));
  }

  private void create(RoutingContext ctx) {
    ObjectNode body = kit.body(ctx);
    validate(body, null);
    String now = kit.now();
    ObjectNode rule = Json.object();
    rule.put("type", "group_rule");
    rule.put("id", OktaIds.next("0pr"));
    rule.put("status", "INACTIVE");
    rule.put("name", body.get("name").asText());
    rule.put("created", now);
    rule.put("lastUpdated", now);
    copyDefinition(body, rule);
    kit.org.groupRules.add(rule, kit.visibleAt());
    kit.respond.json(ctx, 200, rule);
  }

  private void update(RoutingContext ctx) {
    ObjectNode rule = rule(ctx);
    Lifecycle.requireInactive(rule, "status");
    ObjectNode body = kit.body(ctx);
    validate(body, rule.get("id").asText());
    rule.put("name", body.get("name").asText());
    rule.put("lastUpdated", kit.now());
    copyDefinition(body, rule);
    kit.org.groupRules.replace(rule);
    kit.respond.json(ctx, 200, rule);
  }

  private void delete(RoutingContext ctx) {
    ObjectNode rule = rule(ctx);
    Lifecycle.requireInactive(rule, "status");
    kit.org.groupRules.remove(rule.get("id").asText());
    kit.respond.empty(ctx, 202);
  }

  private void validate(ObjectNode body, String exceptId) {
    String name = ApiKit.required(body, "name");
    ApiKit.required(body, "conditions.expression.value");
    JsonNode groupIds = body.at("/actions/assignUserToGroups/groupIds");
    if (!groupIds.isArray() || groupIds.isEmpty()) {
      throw OktaErrors.validation("groupIds", "groupIds: The field cannot be left blank");
    }
    groupIds.forEach(id -> kit.org.groups.require(id.asText()));
    boolean taken =
        kit.org.groupRules.anyMatch(
            r -> !r.path("id").asText().equals(exceptId) && name.equals(r.path("name").asText()));
    if (taken) {
      throw OktaErrors.duplicate("name");
    }
  }

  private static void copyDefinition(ObjectNode body, ObjectNode rule) {
    ObjectNode conditions = body.withObjectProperty("conditions").deepCopy();
    ObjectNode expression = conditions.withObjectProperty("expression");
    if (!expression.has("type")) {
      expression.put("type", "urn:okta:expression:1.0");
    }
    rule.set("conditions", conditions);
    rule.set("actions", body.get("actions").deepCopy());
  }
}
