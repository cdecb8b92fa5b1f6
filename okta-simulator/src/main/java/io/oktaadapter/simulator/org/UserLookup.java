package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.http.OktaErrors;
import io.vertx.ext.web.RoutingContext;

/** Simulator user lookup: resolves {@code {id}} path segments that hold an id or a login. */
final class UserLookup {
  private final ApiKit kit;

  UserLookup(ApiKit kit) {
    this.kit = kit;
  }

  ObjectNode require(RoutingContext ctx) {
    String idOrLogin = ctx.pathParam("id");
    return kit.org.users.find(idOrLogin).orElseGet(() -> byLogin(idOrLogin));
  }

  private ObjectNode byLogin(String login) {
    return kit.org
        .users
        .findFirst(u -> login.equalsIgnoreCase(Json.text(u, "profile.login")))
        .orElseThrow(() -> OktaErrors.notFound("User (" + login + ")"));
  }

  void requireUniqueLogin(String login, String exceptId) {
    UsersApi.requireUnique(
        kit.org.users.anyMatch(
            u ->
                !u.path("id").asText().equals(exceptId)
                    && login.equalsIgnoreCase(Json.text(u, "profile.login"))));
  }
}
