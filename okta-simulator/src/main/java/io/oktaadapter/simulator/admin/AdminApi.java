package io.oktaadapter.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.Fault;
import io.oktaadapter.simulator.FaultType;
import io.oktaadapter.simulator.RateBucket;
import io.oktaadapter.simulator.http.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Simulator admin API under {@code /__simulator}: reset, settings, faults, state dump and recorded
 * session clears, for standalone runs and other processes (no Okta auth, development only).
 */
public final class AdminApi {
  public static final String PREFIX = "/__simulator";
  private final AdminContext context;
  private final SettingsView settings;
  private final AdminHooksApi hooks;

  public AdminApi(AdminContext context) {
    this.context = context;
    this.settings = new SettingsView(context.settings(), context.clock());
    this.hooks = new AdminHooksApi(context.eventHooks(), context.inlineHooks());
  }

  public void register(Router router) {
    router.post(PREFIX + "/reset").handler(this::reset);
    router.get(PREFIX + "/state").handler(ctx -> AdminJson.send(ctx, 200, context.org().dump()));
    router.get(PREFIX + "/config").handler(ctx -> AdminJson.send(ctx, 200, settings.read()));
    router.put(PREFIX + "/config").handler(this::configure);
    router.get(PREFIX + "/rate-limits").handler(this::rateLimits);
    router.get(PREFIX + "/faults").handler(ctx -> AdminJson.send(ctx, 200, faultList()));
    router.post(PREFIX + "/faults").handler(this::addFault);
    router
        .delete(PREFIX + "/faults")
        .handler(
            ctx -> {
              context.faults().clear();
              AdminJson.send(ctx, 204, null);
            });
    router.get(PREFIX + "/sessions").handler(this::sessions);
    router.get(PREFIX + "/stats").handler(this::stats);
    hooks.register(router);
  }

  private void reset(RoutingContext ctx) {
    context.reset().run();
    AdminJson.send(ctx, 204, null);
  }

  private void configure(RoutingContext ctx) {
    settings.apply(AdminJson.body(ctx));
    AdminJson.send(ctx, 200, settings.read());
  }

  private void rateLimits(RoutingContext ctx) {
    ObjectNode result = Json.object();
    for (RateBucket bucket : RateBucket.values()) {
      var decision = context.limiter().peek(bucket);
      result
          .putObject(bucket.name())
          .put("limit", decision.limit())
          .put("remaining", decision.remaining())
          .put("reset", decision.resetEpochSecond());
    }
    AdminJson.send(ctx, 200, result);
  }

  private void addFault(RoutingContext ctx) {
    JsonNode body = AdminJson.body(ctx);
    Fault fault =
        new Fault(
            body.path("operation").asText(),
            body.path("nth").asInt(1),
            FaultType.valueOf(body.path("type").asText()),
            body.path("hangMs").asLong(0),
            body.path("times").asInt(1));
    context.faults().add(fault);
    AdminJson.send(ctx, 201, AdminJson.fault(fault));
  }

  private JsonNode faultList() {
    var array = Json.array();
    context.faults().faults().forEach(fault -> array.add(AdminJson.fault(fault)));
    return array;
  }

  private void stats(RoutingContext ctx) {
    var stats = context.counters().snapshot();
    AdminJson.send(
        ctx,
        200,
        Json.object()
            .put("requests", stats.requests())
            .put("rateLimited", stats.rateLimited())
            .put("concurrencyRejected", stats.concurrencyRejected())
            .put("faults", stats.faults()));
  }

  private void sessions(RoutingContext ctx) {
    var array = Json.array();
    context
        .org()
        .sessionClears()
        .forEach(
            clear ->
                array
                    .addObject()
                    .put("userId", clear.userId())
                    .put("oauthTokens", clear.oauthTokens())
                    .put("forgetDevices", clear.forgetDevices())
                    .put("at", clear.at().toString()));
    AdminJson.send(ctx, 200, array);
  }
}
