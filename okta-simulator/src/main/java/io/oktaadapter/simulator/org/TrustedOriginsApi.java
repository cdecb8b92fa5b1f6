package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.http.OktaErrors;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/** Simulator endpoint {@code /api/v1/trustedOrigins}: CORS and REDIRECT origins, unique by URL. */
public final class TrustedOriginsApi {
  private static final String PATH = "/api/v1/trustedOrigins";
  private static final Set<String> SCOPES = Set.of("CORS", "REDIRECT", "IFRAME_EMBED");
  private final ApiKit kit;
  private final Listing listing;
  private final Lifecycle lifecycle;

  public TrustedOriginsApi(ApiKit kit) {
    this.kit = kit;
    this.listing = new Listing(kit);
    this.lifecycle = new Lifecycle(kit);
  }

  public void register(Router router) {
    router
        .get(PATH)
        .handler(ctx -> listing.respond(ctx, kit.org.trustedOrigins, 20, 200, "name", "origin"));
    router.post(PATH).handler(this::create);
    router.get(PATH + "/:id").handler(ctx -> kit.respond.json(ctx, 200, origin(ctx)));
    router.put(PATH + "/:id").handler(this::update);
    router.delete(PATH + "/:id").handler(this::delete);
    lifecycle.register(router, PATH, kit.org.trustedOrigins, true);
  }

  private ObjectNode origin(RoutingContext ctx) {
    return kit.org.trustedOrigins.require(ctx.pathParam("id"));
  }

  private void create(RoutingContext ctx) {
    ObjectNode body = kit.body(ctx);
    synchronized (kit.org.trustedOrigins) {
      validate(body, null);
      String id = OktaIds.next("tos");
      String now = kit.now();
      ObjectNode origin = Json.object();
      origin.put("id", id);
      origin.put("name", body.get("name").asText());
      origin.put("origin", body.get("origin").asText());
      origin.set("scopes", body.get("scopes").deepCopy());
      origin.put("status", "ACTIVE");
      origin.put("created", now);
      origin.put("createdBy", "00usimulatoradmin000");
      origin.put("lastUpdated", now);
      origin.put("lastUpdatedBy", "00usimulatoradmin000");
      ObjectNode links = origin.putObject("_links");
      ApiKit.link(links, "self", kit.base(ctx) + "/trustedOrigins/" + id, "GET", "PUT", "DELETE");
      kit.org.trustedOrigins.add(origin, kit.visibleAt());
      kit.respond.json(ctx, 200, origin);
    }
  }

  private void update(RoutingContext ctx) {
    ObjectNode origin = origin(ctx);
    ObjectNode body = kit.body(ctx);
    synchronized (kit.org.trustedOrigins) {
      validate(body, origin.get("id").asText());
      origin.put("name", body.get("name").asText());
      origin.put("origin", body.get("origin").asText());
      origin.set("scopes", body.get("scopes").deepCopy());
      origin.put("lastUpdated", kit.now());
      kit.org.trustedOrigins.replace(origin);
    }
    kit.respond.json(ctx, 200, origin);
  }

  private void delete(RoutingContext ctx) {
    kit.org.trustedOrigins.remove(origin(ctx).get("id").asText());
    kit.respond.empty(ctx, 204);
  }

  private void validate(ObjectNode body, String exceptId) {
    ApiKit.required(body, "name");
    String url = ApiKit.required(body, "origin");
    if (!url.matches("https?://[^/?#\\s]+")) {
      throw OktaErrors.validation("origin", "origin: The origin URL is not valid");
    }
    JsonNode scopes = body.path("scopes");
    if (!scopes.isArray() || scopes.isEmpty()) {
      throw OktaErrors.validation("scopes", "scopes: The field cannot be left blank");
    }
    for (JsonNode scope : scopes) {
      if (!SCOPES.contains(scope.path("type").asText())) {
        throw OktaErrors.validation("scopes", "scopes: Invalid scope type");
      }
    }
    boolean taken =
        kit.org.trustedOrigins.anyMatch(
            o -> !o.path("id").asText().equals(exceptId) && url.equals(o.path("origin").asText()));
    if (taken) {
      throw OktaErrors.duplicate("origin");
    }
  }
}
