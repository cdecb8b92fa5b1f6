package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.http.Pagination;
import io.oktaadapter.simulator.http.ScimFilter;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Simulator list endpoints: applies {@code q}, {@code filter} and {@code search}, then pages. */
public final class Listing {
  /** Context key: the endpoint applied {@code search} itself (as a keyword). */
  static final String SEARCH_APPLIED = "simulator.search-applied";

  private final ApiKit kit;

  public Listing(ApiKit kit) {
    this.kit = kit;
  }

  /**
   * Answers a list request over the visible entries of a store.
   *
   * @param qFields dotted fields whose values {@code q} matches by prefix (case-insensitive)
   */
  public void respond(
      RoutingContext ctx, ResourceStore store, int defaultLimit, int max, String... qFields) {
    respond(ctx, store.visible(System.currentTimeMillis()), defaultLimit, max, qFields);
  }

  public void respond(
      RoutingContext ctx, List<Stored> items, int defaultLimit, int max, String... qFields) {
    Predicate<JsonNode> predicate = query(ctx.request().getParam("q"), qFields);
    List<String> params =
        ctx.get(SEARCH_APPLIED) == null ? List.of("filter", "search") : List.of("filter");
    for (String param : params) {
      String expression = ctx.request().getParam(param);
      if (expression != null && !expression.isBlank()) {
        predicate = predicate.and(ScimFilter.parse(expression, param));
      }
    }
    Predicate<JsonNode> matches = predicate;
    List<Stored> selected = items.stream().filter(s -> matches.test(s.json())).toList();
    kit.respond.json(ctx, 200, Pagination.page(ctx, selected, defaultLimit, max));
  }

  private static Predicate<JsonNode> query(String q, String... fields) {
    if (q == null || q.isBlank()) {
      return node -> true;
    }
    String prefix = q.toLowerCase(Locale.ROOT);
    return node -> {
      for (String field : fields) {
        String value = Json.text(node, field);
        if (value != null && value.toLowerCase(Locale.ROOT).startsWith(prefix)) {
          return true;
        }
      }
      return false;
    };
  }
}
