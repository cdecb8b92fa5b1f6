package io.oktaadapter.simulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.oktaadapter.simulator.org.Stored;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Simulator pagination: cuts a page by {@code limit}/{@code after} and writes Okta's Link headers.
 */
public final class Pagination {
  private Pagination() {}

  public static ArrayNode page(RoutingContext ctx, List<Stored> items, int defaultLimit, int max) {
    int limit = Math.min(max, parseLimit(ctx.request().getParam("limit"), defaultLimit));
    long after = parseCursor(ctx.request().getParam("after"));
    List<Stored> remaining = items.stream().filter(s -> s.seq() > after).toList();
    List<Stored> page = remaining.subList(0, Math.min(limit, remaining.size()));
    List<String> links = new ArrayList<>();
    links.add("<" + url(ctx, null) + ">; rel=\"self\"");
    if (remaining.size() > page.size()) {
      String cursor = Long.toString(page.get(page.size() - 1).seq());
      links.add("<" + url(ctx, Map.entry(cursor, limit)) + ">; rel=\"next\"");
    }
    ctx.response().putHeader("Link", links);
    ArrayNode array = Json.array();
    page.forEach(stored -> array.add(stored.json().deepCopy()));
    return array;
  }

  private static String url(RoutingContext ctx, Map.Entry<String, Integer> next) {
    StringBuilder url = new StringBuilder(BaseUrl.of(ctx)).append(ctx.request().path());
    String separator = "?";
    for (var param : ctx.queryParams()) {
      boolean replaced = param.getKey().equals("after") || param.getKey().equals("limit");
      if (next != null && replaced) {
        continue;
      }
      url.append(separator).append(param.getKey()).append('=').append(encode(param.getValue()));
      separator = "&";
    }
    if (next != null) {
      url.append(separator).append("after=").append(next.getKey());
      url.append("&limit=").append(next.getValue());
    }
    return url.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static int parseLimit(String value, int defaultLimit) {
    try {
      int limit = value == null ? defaultLimit : Integer.parseInt(value);
      return limit < 1 ? defaultLimit : limit;
    } catch (NumberFormatException e) {
      throw OktaErrors.validation("limit", "limit: must be a number");
    }
  }

  private static long parseCursor(String value) {
    try {
      return value == null || value.isBlank() ? 0 : Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw OktaErrors.validation("after", "after: invalid cursor");
    }
  }
}
