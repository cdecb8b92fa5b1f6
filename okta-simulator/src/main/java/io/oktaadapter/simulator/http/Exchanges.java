package io.oktaadapter.simulator.http;

import io.oktaadapter.simulator.RecordedExchange;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Simulator observation hub: hands every finished API exchange to registered listeners. */
public final class Exchanges {
  private final List<Consumer<RecordedExchange>> listeners = new CopyOnWriteArrayList<>();

  public void addListener(Consumer<RecordedExchange> listener) {
    listeners.add(listener);
  }

  public void removeListener(Consumer<RecordedExchange> listener) {
    listeners.remove(listener);
  }

  void publish(RoutingContext ctx, int status, String responseBody) {
    if (listeners.isEmpty()) {
      return;
    }
    var request = ctx.request();
    String body = ctx.body() == null || ctx.body().buffer() == null ? "" : ctx.body().asString();
    var exchange =
        new RecordedExchange(
            request.method().name(),
            request.path(),
            request.query() == null ? "" : request.query(),
            flatten(request.headers()),
            body,
            status,
            flatten(ctx.response().headers()),
            responseBody);
    listeners.forEach(listener -> listener.accept(exchange));
  }

  private static Map<String, String> flatten(MultiMap headers) {
    Map<String, String> flat = new TreeMap<>();
    headers.forEach(e -> flat.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue()));
    return Map.copyOf(flat);
  }
}
