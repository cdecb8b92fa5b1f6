package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.SessionClear;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.http.OktaErrors;
import io.oktaadapter.simulator.http.OktaException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Simulator user lifecycle: activate, deactivate, suspend, unsuspend, and session clearing. */
final class UserLifecycleApi {
  private static final String PATH = "/api/v1/users/:id";
  private final ApiKit kit;
  private final UserLookup lookup;
  private final Lifecycle lifecycle;

  UserLifecycleApi(ApiKit kit, UserLookup lookup) {
    this.kit = kit;
    this.lookup = lookup;
    this.lifecycle = new Lifecycle(kit);
  }

  void register(Router router) {
    router.post(PATH + "/lifecycle/activate").handler(this::activate);
    router
        .post(PATH + "/lifecycle/deactivate")
        .handler(ctx -> transition(ctx, Set.of(), "DEPROVISIONED"));
    router
        .post(PATH + "/lifecycle/suspend")
        .handler(ctx -> transition(ctx, Set.of("ACTIVE"), "SUSPENDED"));
    router
        .post(PATH + "/lifecycle/unsuspend")
        .handler(ctx -> transition(ctx, Set.of("SUSPENDED"), "ACTIVE"));
    router.delete(PATH + "/sessions").handler(this::clearSessions);
  }

  private void activate(RoutingContext ctx) {
    ObjectNode user = lookup.require(ctx);
    if ("ACTIVE".equals(user.path("status").asText())) {
      throw new OktaException(
          403, "E0000016", "Activation failed because the user is already active", List.of());
    }
    String status = user.at("/passwordChanged").isTextual() ? "ACTIVE" : "PROVISIONED";
    ObjectNode updated = lifecycle.setStatus(kit.org.users, user.get("id").asText(), status);
    updated.put("activated", kit.now());
    kit.org.users.replace(updated);
    ObjectNode answer = Json.object();
    if (!kit.flag(ctx, "sendEmail", true)) {
      String token = OktaIds.secret().substring(0, 20);
      answer.put("activationUrl", kit.base(ctx).replace("/api/v1", "") + "/welcome/" + token);
      answer.put("activationToken", token);
    }
    kit.respond.json(ctx, 200, answer);
  }

  private void transition(RoutingContext ctx, Set<String> from, String to) {
    ObjectNode user = lookup.require(ctx);
    String current = user.path("status").asText();
    if (!from.isEmpty() && !from.contains(current)) {
      throw OktaErrors.validation(
          "status", "Cannot change the status of a user in status " + current + " to " + to);
    }
    lifecycle.setStatus(kit.org.users, user.get("id").asText(), to);
    kit.respond.empty(ctx, 200);
  }

  private void clearSessions(RoutingContext ctx) {
    ObjectNode user = lookup.require(ctx);
    kit.org
        .sessionClears()
        .add(
            new SessionClear(
                user.get("id").asText(),
                kit.flag(ctx, "oauthTokens", false),
                kit.flag(ctx, "forgetDevices", true),
                Instant.now()));
    kit.respond.empty(ctx, 204);
  }
}
