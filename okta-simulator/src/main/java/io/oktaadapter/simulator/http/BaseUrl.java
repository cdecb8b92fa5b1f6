package io.oktaadapter.simulator.http;

import io.vertx.ext.web.RoutingContext;

/** Simulator URL helper: the org base URL as the client addressed it (for links). */
public final class BaseUrl {
  private BaseUrl() {}

  public static String of(RoutingContext ctx) {
    String host = ctx.request().getHeader("Host");
    if (host == null) {
      host = "localhost:" + ctx.request().localAddress().port();
    }
    return ctx.request().scheme() + "://" + host;
  }
}
