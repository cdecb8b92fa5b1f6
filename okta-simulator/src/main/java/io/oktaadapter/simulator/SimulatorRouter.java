package io.oktaadapter.simulator;

import io.oktaadapter.simulator.admin.AdminApi;
import io.oktaadapter.simulator.admin.AdminContext;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.http.OktaErrors;
import io.oktaadapter.simulator.http.OktaException;
import io.oktaadapter.simulator.http.UnknownRoute;
import io.oktaadapter.simulator.org.ApiKit;
import io.oktaadapter.simulator.org.AppGroupsApi;
import io.oktaadapter.simulator.org.AppsApi;
import io.oktaadapter.simulator.org.EventHooksApi;
import io.oktaadapter.simulator.org.GroupMembersApi;
import io.oktaadapter.simulator.org.GroupOwnersApi;
import io.oktaadapter.simulator.org.GroupRelationsApi;
import io.oktaadapter.simulator.org.GroupRulesApi;
import io.oktaadapter.simulator.org.GroupsApi;
import io.oktaadapter.simulator.org.InlineHooksApi;
import io.oktaadapter.simulator.org.OrgMetadataApi;
import io.oktaadapter.simulator.org.PoliciesApi;
import io.oktaadapter.simulator.org.TrustedOriginsApi;
import io.oktaadapter.simulator.org.UsersApi;
import io.oktaadapter.simulator.traffic.TrafficHandler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/** Simulator routing: admin API, the {@code /api/*} traffic front door and every endpoint. */
final class SimulatorRouter {
  private SimulatorRouter() {}

  static Router create(Vertx vertx, SimulatorCore core) {
    Router router = Router.router(vertx);
    // No file uploads: an embedded simulator must not create directories in the working dir.
    router.route().handler(BodyHandler.create(false).setBodyLimit(1_048_576));
    new AdminApi(
            new AdminContext(
                core.org,
                core.settings,
                core.clock,
                core.limiter,
                core.faults,
                core.counters,
                core::reset,
                core.eventHooks,
                core.inlineHooks))
        .register(router);
    router
        .route("/api/*")
        .handler(
            new TrafficHandler(
                core.clock,
                core.limiter,
                core.gate,
                core.faults,
                core.settings,
                core.token::get,
                core.responder,
                core.counters));
    ApiKit kit = new ApiKit(core.org, core.responder, core.settings);
    // Literal paths such as /groups/rules must be registered before /groups/:groupId.
    new GroupRulesApi(kit).register(router);
    new GroupMembersApi(kit).register(router);
    new GroupOwnersApi(kit).register(router);
    new GroupRelationsApi(kit).register(router);
    new GroupsApi(kit).register(router);
    new AppGroupsApi(kit).register(router);
    new AppsApi(kit).register(router);
    new TrustedOriginsApi(kit).register(router);
    new PoliciesApi(kit).register(router);
    new UsersApi(kit).register(router);
    new EventHooksApi(kit, core.eventHooks).register(router);
    new InlineHooksApi(kit, core.inlineHooks).register(router);
    new OrgMetadataApi(kit).register(router);
    router.route("/api/*").handler(new UnknownRoute(router));
    router.route().failureHandler(ctx -> fail(ctx, core));
    return router;
  }

  private static void fail(RoutingContext ctx, SimulatorCore core) {
    Throwable failure = ctx.failure();
    boolean admin = ctx.request().path().startsWith(AdminApi.PREFIX);
    if (admin && failure instanceof RuntimeException && !(failure instanceof OktaException)) {
      ctx.response()
          .setStatusCode(400)
          .putHeader("Content-Type", "application/json")
          .end(Json.write(Json.object().put("error", String.valueOf(failure.getMessage()))));
    } else if (failure instanceof OktaException okta) {
      core.responder.error(ctx, okta);
    } else if (ctx.statusCode() == 413) {
      core.responder.error(ctx, OktaErrors.validation("body", "The request body is too large."));
    } else {
      core.responder.error(ctx, OktaErrors.internal());
    }
  }
}
