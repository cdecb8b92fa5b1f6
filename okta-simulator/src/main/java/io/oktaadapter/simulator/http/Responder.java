package io.oktaadapter.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** Simulator response writer: writes JSON bodies and Okta error bodies, and reports exchanges. */
public final class Responder {
  /** Context key: hold the answer this many milliseconds after the request was applied. */
  public static final String HOLD_ANSWER_MILLIS = "simulator.hold-answer-millis";

  private final Exchanges exchanges;

  public Responder(Exchanges exchanges) {
    this.exchanges = exchanges;
  }

  public void json(RoutingContext ctx, int status, JsonNode body) {
    if (ctx.response().closed() || ctx.response().ended()) {
      return;
    }
    if (held(ctx, () -> json(ctx, status, body))) {
      return;
    }
    String text = Json.write(body);
    ctx.response().putHeader("Content-Type", "application/json").setStatusCode(status);
    exchanges.publish(ctx, status, text);
    ctx.response().end(text);
  }

  /** Whether the answer is held (and written later by {@code write}). */
  private static boolean held(RoutingContext ctx, Runnable write) {
    Long hold = ctx.get(HOLD_ANSWER_MILLIS);
    if (hold == null || hold <= 0) {
      return false;
    }
    ctx.remove(HOLD_ANSWER_MILLIS);
    ctx.vertx().setTimer(hold, id -> write.run());
    return true;
  }

  public void empty(RoutingContext ctx, int status) {
    if (ctx.response().closed() || ctx.response().ended()) {
      return;
    }
    if (held(ctx, () -> empty(ctx, status))) {
      return;
    }
    ctx.response().setStatusCode(status);
    exchanges.publish(ctx, status, "");
    ctx.response().end();
  }

  public void error(RoutingContext ctx, OktaException error) {
    json(ctx, error.status(), errorBody(error));
  }

  public static ObjectNode errorBody(OktaException error) {
    ObjectNode body = Json.object();
    body.put("errorCode", error.errorCode());
    body.put("errorSummary", error.summary());
    body.put("errorLink", error.errorCode());
    // Okta's error ids are 25 characters starting with "oae".
    body.put("errorId", "oae" + UUID.randomUUID().toString().replace("-", "").substring(0, 22));
    var causes = body.putArray("errorCauses");
    error.causes().forEach(cause -> causes.addObject().put("errorSummary", cause));
    return body;
  }
}
