package io.oktaadapter.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.hooks.EventHookCaller;
import io.oktaadapter.simulator.hooks.HookResult;
import io.oktaadapter.simulator.hooks.InlineHookCaller;
import io.oktaadapter.simulator.hooks.SystemLogEvents;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Simulator admin API for Okta's calling side: verify and deliver event hooks, call inline hooks.
 */
final class AdminHooksApi {
  private final EventHookCaller eventHooks;
  private final InlineHookCaller inlineHooks;

  AdminHooksApi(EventHookCaller eventHooks, InlineHookCaller inlineHooks) {
    this.eventHooks = eventHooks;
    this.inlineHooks = inlineHooks;
  }

  void register(Router router) {
    String prefix = AdminApi.PREFIX;
    router
        .post(prefix + "/event-hooks/:id/verify")
        .handler(ctx -> answer(ctx, () -> eventHooks.verify(ctx.pathParam("id"))));
    router.post(prefix + "/event-hooks/:id/deliveries").handler(this::deliver);
    router
        .post(prefix + "/inline-hooks/:id/calls")
        .handler(
            ctx ->
                answer(
                    ctx,
                    () -> inlineHooks.call(ctx.pathParam("id"), (ObjectNode) AdminJson.body(ctx))));
  }

  /**
   * Body: {@code {"events":[LogEvent...]}} or {@code {"eventType","userId","login"}} for one
   * generated event.
   */
  private void deliver(RoutingContext ctx) {
    JsonNode body = AdminJson.body(ctx);
    List<JsonNode> events = new ArrayList<>();
    body.path("events").forEach(events::add);
    if (events.isEmpty()) {
      events.add(
          SystemLogEvents.userEvent(
              body.path("eventType").asText("user.lifecycle.activate"),
              body.path("userId").asText("00usimulateduser0000"),
              body.path("login").asText("user@example.com")));
    }
    answer(ctx, () -> eventHooks.deliver(ctx.pathParam("id"), events));
  }

  private static void answer(RoutingContext ctx, CallSupplier call) {
    var context = ctx.vertx().getOrCreateContext();
    CompletableFuture<HookResult> future;
    try {
      future = call.get();
    } catch (RuntimeException e) {
      AdminJson.badRequest(ctx, e);
      return;
    }
    future.whenComplete(
        (result, error) ->
            context.runOnContext(
                v -> {
                  if (error != null) {
                    AdminJson.badRequest(ctx, new IllegalStateException(error.getMessage()));
                  } else {
                    AdminJson.send(ctx, 200, AdminJson.result(result));
                  }
                }));
  }

  private interface CallSupplier {
    CompletableFuture<HookResult> get();
  }
}
