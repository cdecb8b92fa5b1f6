package io.oktaadapter.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** Simulator response writer: writes JSON bodies and Okta error bodies, and reports exchanges. */
public final class Responder {
  private final Exchanges exchanges;

  public Responder(Exchanges exchanges) {
    this.exchanges = exchanges;
  }

  public void json(RoutingContext ctx, int status, JsonNode body) {
    if (ctx.response().closed() || ctx.response().ended()) {
      return;
    }
    String text = Json.write(body);
    ctx.response().putHeader("Content-Type", "application/json").setStatusCode(status);
    exchanges.publish(ctx, status, text);
    ctx.response().end(text);
  }

  public void empty(RoutingContext ctx, int status) {
    if (ctx.response().closed() || ctx.response().ended()) {
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
