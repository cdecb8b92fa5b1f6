package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.hooks.InlineHookCaller;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.http.OktaErrors;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/** Simulator endpoint {@code /api/v1/inlineHooks}: inline hooks, deleted only when INACTIVE. */
public final class InlineHooksApi {
  private static final String PATH = "/api/v1/inlineHooks";
  private static final Set<String> TYPES =
      Set.of(
          "com.okta.import.transform",
          "com.okta.oauth2.tokens.transform",
          "com.okta.saml.tokens.transform",
          "com.okta.telephony.provider",
          "com.okta.user.credential.password.import",
          "com.okta.user.pre-registration");
  private final ApiKit kit;
  private final Listing listing;
  private final InlineHookCaller caller;

  public InlineHooksApi(ApiKit kit, InlineHookCaller caller) {
    this.kit = kit;
    this.listing = new Listing(kit);
    this.caller = caller;
  }

  public void register(Router router) {
    router.get(PATH).handler(this::list);
    router.post(PATH).handler(this::create);
    router.get(PATH + "/:id").handler(ctx -> kit.respond.json(ctx, 200, hook(ctx)));
    router.put(PATH + "/:id").handler(this::update);
    router.delete(PATH + "/:id").handler(this::delete);
    router.post(PATH + "/:id/execute").handler(this::execute);
    new Lifecycle(kit).register(router, PATH, kit.org.inlineHooks, true);
  }

  /** Okta sends the given body through the hook's channel and answers with the hook's reply. */
  private void execute(RoutingContext ctx) {
    String id = hook(ctx).get("id").asText();
    ObjectNode body = kit.body(ctx);
    var context = ctx.vertx().getOrCreateContext();
    caller
        .call(id, body)
        .whenComplete(
            (result, error) ->
                context.runOnContext(
                    v -> {
                      if (error == null && result.success()) {
                        kit.respond.json(ctx, 200, replyBody(result.body()));
                      } else {
                        kit.respond.error(
                            ctx,
                            OktaErrors.validation(
                                "inlineHook", "The inline hook did not answer successfully"));
                      }
                    }));
  }

  private static ObjectNode replyBody(String text) {
    try {
      var node = Json.MAPPER.readTree(text);
      return node != null && node.isObject() ? (ObjectNode) node : Json.object();
    } catch (Exception e) {
      return Json.object();
    }
  }

  private ObjectNode hook(RoutingContext ctx) {
    return kit.org.inlineHooks.require(ctx.pathParam("id"));
  }

  private void list(RoutingContext ctx) {
    String type = ctx.request().getParam("type");
    var hooks =
        kit.org.inlineHooks.visible(System.currentTimeMillis()).stream()
            .filter(s -> type == null || type.equals(s.json().path("type").asText()))
            .toList();
    listing.respond(ctx, hooks, 200, 200, "name");
  }

  private void create(RoutingContext ctx) {
    ObjectNode body = kit.body(ctx);
    String id = OktaIds.next("cal");
    String now = kit.now();
    ObjectNode hook = Json.object();
    hook.put("id", id);
    hook.put("status", "ACTIVE");
    hook.put("name", ApiKit.required(body, "name"));
    hook.put("type", type(body));
    hook.put("version", ApiKit.required(body, "version"));
    hook.set("channel", HookChannel.accept(kit.org, id, body, Set.of("HTTP", "OAUTH")));
    hook.put("created", now);
    hook.put("lastUpdated", now);
    ObjectNode links = hook.putObject("_links");
    String self = kit.base(ctx) + "/inlineHooks/" + id;
    ApiKit.link(links, "self", self, "GET", "PUT", "DELETE");
    ApiKit.link(links, "deactivate", self + "/lifecycle/deactivate", "POST");
    kit.org.inlineHooks.add(hook, kit.visibleAt());
    kit.respond.json(ctx, 200, hook);
  }

  private void update(RoutingContext ctx) {
    ObjectNode hook = hook(ctx);
    ObjectNode body = kit.body(ctx);
    hook.put("name", ApiKit.required(body, "name"));
    hook.put("version", ApiKit.required(body, "version"));
    hook.set(
        "channel",
        HookChannel.accept(kit.org, hook.get("id").asText(), body, Set.of("HTTP", "OAUTH")));
    hook.put("lastUpdated", kit.now());
    kit.org.inlineHooks.replace(hook);
    kit.respond.json(ctx, 200, hook);
  }

  private void delete(RoutingContext ctx) {
    ObjectNode hook = hook(ctx);
    Lifecycle.requireInactive(hook, "status");
    kit.org.inlineHooks.remove(hook.get("id").asText());
    kit.org.secrets().remove(hook.get("id").asText());
    kit.respond.empty(ctx, 204);
  }

  private static String type(ObjectNode body) {
    String type = ApiKit.required(body, "type");
    if (!TYPES.contains(type)) {
      throw OktaErrors.validation("type", "type: Invalid inline hook type");
    }
    return type;
  }
}
