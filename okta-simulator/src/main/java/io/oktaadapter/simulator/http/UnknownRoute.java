package io.oktaadapter.simulator.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.regex.Pattern;

/**
 * Simulator fallback for {@code /api/*}: 405 {@code E0000022} when the path exists for another
 * method, else 404 {@code E0000007}, as Okta answers.
 */
public final class UnknownRoute implements Handler<RoutingContext> {
  private final Router router;

  public UnknownRoute(Router router) {
    this.router = router;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String path = ctx.request().path();
    boolean known =
        router.getRoutes().stream()
            .filter(route -> route.methods() != null && !route.methods().isEmpty())
            .anyMatch(route -> matches(route, path));
    ctx.fail(known ? OktaErrors.methodNotAllowed() : OktaErrors.notFound(path + " (Page)"));
  }

  private static boolean matches(Route route, String path) {
    String template = route.getPath();
    if (template == null) {
      return false;
    }
    String regex = Pattern.quote(template).replaceAll(":[A-Za-z]+", "\\\\E[^/]+\\\\Q");
    return Pattern.matches(regex, path);
  }
}
