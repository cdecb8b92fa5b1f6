package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.hooks.EventHookCaller;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.http.OktaErrors;
import io.oktaadapter.simulator.http.OktaException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Set;

/**
 * Simulator endpoint {@code /api/v1/eventHooks}: event hooks, created ACTIVE and UNVERIFIED,
 * verified by a real GET to the hook, deleted only when INACTIVE.
 */
public final class EventHooksApi {
  private static final String PATH = "/api/v1/eventHooks";
  private final ApiKit kit;
  private final Listing listing;
  private final EventHookCaller caller;

  public EventHooksApi(ApiKit kit, EventHookCaller caller) {
    this.kit = kit;
    this.listing = new Listing(kit);
    this.caller = caller;
  }

  public void register(Router router) {
    router.get(PATH).handler(ctx -> listing.respond(ctx, kit.org.eventHooks, 200, 200, "name"));
    router.post(PATH).handler(this::create);
    router.get(PATH + "/:id").handler(ctx -> kit.respond.json(ctx, 200, hook(ctx)));
    router.put(PATH + "/:id").handler(this::update);
    router.delete(PATH + "/:id").handler(this::delete);
    router.post(PATH + "/:id/lifecycle/verify").handler(this::verify);
    new Lifecycle(kit).register(router, PATH, kit.org.eventHooks, true);
  }

  private ObjectNode hook(RoutingContext ctx) {
    return kit.org.eventHooks.require(ctx.pathParam("id"));
  }

  private void create(RoutingContext ctx) {
    ObjectNode body = kit.body(ctx);
    String id = OktaIds.next("who");
    String now = kit.now();
    ObjectNode hook = Json.object();
    hook.put("id", id);
    hook.put("status", "ACTIVE");
    hook.put("verificationStatus", "UNVERIFIED");
    hook.put("name", ApiKit.required(body, "name"));
    hook.set("description", body.path("description").isTextual() ? body.get("description") : null);
    hook.put("created", now);
    hook.put("createdBy", "00usimulatoradmin000");
    hook.put("lastUpdated", now);
    hook.set("events", events(body));
    hook.set("channel", HookChannel.accept(kit.org, id, body, Set.of("HTTP")));
    ObjectNode links = hook.putObject("_links");
    String self = kit.base(ctx) + "/eventHooks/" + id;
    ApiKit.link(links, "self", self);
    ApiKit.link(links, "verify", self + "/lifecycle/verify", "POST");
    ApiKit.link(links, "deactivate", self + "/lifecycle/deactivate", "POST");
    kit.org.eventHooks.add(hook, kit.visibleAt());
    kit.respond.json(ctx, 200, hook);
  }

  private void update(RoutingContext ctx) {
    ObjectNode hook = hook(ctx);
    ObjectNode body = kit.body(ctx);
    String id = hook.get("id").asText();
    hook.put("name", ApiKit.required(body, "name"));
    hook.set("events", events(body));
    ObjectNode channel = HookChannel.accept(kit.org, id, body, Set.of("HTTP"));
    if (!channel.equals(hook.get("channel"))) {
      // Okta demands a new verification after the channel changes.
      hook.put("verificationStatus", "UNVERIFIED");
    }
    hook.set("channel", channel);
    hook.put("lastUpdated", kit.now());
    kit.org.eventHooks.replace(hook);
    kit.respond.json(ctx, 200, hook);
  }

  private void delete(RoutingContext ctx) {
    ObjectNode hook = hook(ctx);
    Lifecycle.requireInactive(hook, "status");
    kit.org.eventHooks.remove(hook.get("id").asText());
    kit.org.secrets().remove(hook.get("id").asText());
    kit.respond.empty(ctx, 204);
  }

  private void verify(RoutingContext ctx) {
    String id = hook(ctx).get("id").asText();
    var context = ctx.vertx().getOrCreateContext();
    caller
        .verify(id)
        .whenComplete(
            (result, error) ->
                context.runOnContext(
                    v -> {
                      if (error == null && result.success()) {
                        kit.respond.json(ctx, 200, kit.org.eventHooks.require(id));
                      } else {
                        kit.respond.error(ctx, verificationFailed());
                      }
                    }));
  }

  private static OktaException verificationFailed() {
    return new OktaException(
        400,
        "E0000001",
        "Api validation failed: verification",
        List.of("Event hook verification failed: the endpoint did not echo the challenge"));
  }

  private static JsonNode events(ObjectNode body) {
    JsonNode events = body.path("events");
    if (!"EVENT_TYPE".equals(events.path("type").asText()) || events.path("items").isEmpty()) {
      throw OktaErrors.validation("events", "events: type EVENT_TYPE with items is required");
    }
    ObjectNode copy = events.deepCopy();
    copy.putIfAbsent("filter", null);
    return copy;
  }
}
