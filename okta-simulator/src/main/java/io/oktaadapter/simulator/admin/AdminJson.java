package io.oktaadapter.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.Fault;
import io.oktaadapter.simulator.hooks.HookAttempt;
import io.oktaadapter.simulator.hooks.HookResult;
import io.oktaadapter.simulator.http.Json;
import io.vertx.ext.web.RoutingContext;

/** Simulator admin API helper: plain JSON in and out; bad input gives a 400 with a message. */
final class AdminJson {
  private AdminJson() {}

  static JsonNode body(RoutingContext ctx) {
    String text = ctx.body() == null ? null : ctx.body().asString();
    try {
      return text == null || text.isBlank() ? Json.object() : Json.MAPPER.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException("body is not JSON");
    }
  }

  static void send(RoutingContext ctx, int status, JsonNode body) {
    ctx.response().setStatusCode(status);
    if (body == null) {
      ctx.response().end();
    } else {
      ctx.response().putHeader("Content-Type", "application/json").end(Json.write(body));
    }
  }

  static ObjectNode fault(Fault fault) {
    return Json.object()
        .put("operation", fault.operation())
        .put("nth", fault.nth())
        .put("type", fault.type().name())
        .put("hangMs", fault.hangMillis())
        .put("times", fault.times());
  }

  static ObjectNode result(HookResult result) {
    ObjectNode json = Json.object().put("success", result.success()).put("status", result.status());
    json.put("body", result.body());
    var attempts = json.putArray("attempts");
    for (HookAttempt attempt : result.attempts()) {
      attempts
          .addObject()
          .put("status", attempt.status())
          .put("failure", attempt.failure())
          .put("millis", attempt.millis());
    }
    return json;
  }

  /** Admin handlers report invalid input as 400 with the message. */
  static void badRequest(RoutingContext ctx, RuntimeException e) {
    send(ctx, 400, Json.object().put("error", e.getMessage()));
  }
}
