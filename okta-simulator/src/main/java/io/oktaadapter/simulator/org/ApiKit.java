package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.BaseUrl;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.http.OktaErrors;
import io.oktaadapter.simulator.http.Responder;
import io.oktaadapter.simulator.traffic.TrafficSettings;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Simulator endpoint toolkit: state, responses, timestamps, links and body checks for APIs. */
public final class ApiKit {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  public final Org org;
  public final Responder respond;
  private final TrafficSettings settings;

  public ApiKit(Org org, Responder respond, TrafficSettings settings) {
    this.org = org;
    this.respond = respond;
    this.settings = settings;
  }

  public String now() {
    return TIMESTAMP.format(Instant.now());
  }

  /** Real time from which a resource created now shows in list and search results. */
  public long visibleAt() {
    return System.currentTimeMillis() + settings.consistencyDelayMillis();
  }

  public ObjectNode body(RoutingContext ctx) {
    String text = ctx.body() == null ? null : ctx.body().asString();
    if (text == null || text.isBlank()) {
      throw OktaErrors.malformedBody();
    }
    JsonNode node = Json.parse(text);
    if (!node.isObject()) {
      throw OktaErrors.malformedBody();
    }
    return (ObjectNode) node;
  }

  /** The JSON object body, or an empty object when the request has no body. */
  public ObjectNode optionalBody(RoutingContext ctx) {
    String text = ctx.body() == null ? null : ctx.body().asString();
    return text == null || text.isBlank() ? Json.object() : body(ctx);
  }

  /** The text at a dotted path, or Okta's validation error naming the field. */
  public static String required(JsonNode body, String dottedPath) {
    String value = Json.text(body, dottedPath);
    if (value == null || value.isBlank()) {
      String field = dottedPath.substring(dottedPath.lastIndexOf('.') + 1);
      throw OktaErrors.validation(field, field + ": The field cannot be left blank");
    }
    return value;
  }

  public static ObjectNode link(ObjectNode links, String rel, String href, String... hints) {
    ObjectNode link = links.putObject(rel);
    link.put("href", href);
    if (hints.length > 0) {
      var allow = link.putObject("hints").putArray("allow");
      for (String hint : hints) {
        allow.add(hint);
      }
    }
    return link;
  }

  public String base(RoutingContext ctx) {
    return BaseUrl.of(ctx) + "/api/v1";
  }

  public static String param(RoutingContext ctx, String name) {
    return ctx.pathParam(name);
  }

  public boolean flag(RoutingContext ctx, String name, boolean defaultValue) {
    String value = ctx.request().getParam(name);
    return value == null ? defaultValue : Boolean.parseBoolean(value);
  }
}
