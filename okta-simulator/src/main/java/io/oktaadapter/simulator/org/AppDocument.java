package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.http.OktaErrors;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Simulator application shape: builds and updates the JSON of an app as Okta returns it. */
final class AppDocument {
  private static final Set<String> SECRET_METHODS =
      Set.of("client_secret_basic", "client_secret_post", "client_secret_jwt");
  private final ApiKit kit;

  AppDocument(ApiKit kit) {
    this.kit = kit;
  }

  ObjectNode create(RoutingContext ctx, ObjectNode body, boolean activate) {
    String name = ApiKit.required(body, "name");
    ApiKit.required(body, "label");
    String id = OktaIds.next("0oa");
    String now = kit.now();
    ObjectNode app = body.deepCopy();
    // Clients (Okta's SDK among them) send explicit nulls for unset objects.
    List<String> nulls =
        app.properties().stream()
            .filter(field -> field.getValue().isNull())
            .map(Map.Entry::getKey)
            .toList();
    app.remove(nulls);
    app.put("id", id);
    app.put("name", name);
    app.put("status", activate ? "ACTIVE" : "INACTIVE");
    app.put("created", now);
    app.put("lastUpdated", now);
    app.putArray("features");
    defaults(app);
    if ("OPENID_CONNECT".equals(app.path("signOnMode").asText())) {
      oidcCredentials(app, id);
    }
    app.set("_links", links(ctx, id));
    return app;
  }

  void update(ObjectNode app, ObjectNode body) {
    ApiKit.required(body, "label");
    ObjectNode oldClient = (ObjectNode) app.at("/credentials/oauthClient");
    for (String field : new String[] {"label", "settings", "accessibility", "visibility"}) {
      if (body.hasNonNull(field)) {
        app.set(field, body.get(field).deepCopy());
      }
    }
    if (body.at("/credentials/oauthClient").isObject() && !oldClient.isMissingNode()) {
      ObjectNode client = oldClient.deepCopy();
      body.at("/credentials/oauthClient")
          .properties()
          .forEach(e -> client.set(e.getKey(), e.getValue()));
      client.put("client_id", oldClient.path("client_id").asText());
      app.withObjectProperty("credentials").set("oauthClient", client);
    }
    defaults(app);
    if ("OPENID_CONNECT".equals(app.path("signOnMode").asText())) {
      validateOidc(app.withObjectProperty("settings").withObjectProperty("oauthClient"));
    }
    app.put("lastUpdated", kit.now());
  }

  private void oidcCredentials(ObjectNode app, String id) {
    ObjectNode settings = app.withObjectProperty("settings").withObjectProperty("oauthClient");
    validateOidc(settings);
    if (!settings.has("application_type")) {
      settings.put("application_type", "web");
    }
    ObjectNode client = app.withObjectProperty("credentials").withObjectProperty("oauthClient");
    String method = client.path("token_endpoint_auth_method").asText("client_secret_basic");
    client.put("autoKeyRotation", true);
    client.put("client_id", id);
    client.put("token_endpoint_auth_method", method);
    if (SECRET_METHODS.contains(method)) {
      client.put("client_secret", OktaIds.secret());
    }
  }

  private static void validateOidc(ObjectNode settings) {
    JsonNode grants = settings.path("grant_types");
    boolean redirects = settings.path("redirect_uris").size() > 0;
    for (JsonNode grant : grants) {
      String type = grant.asText();
      if ((type.equals("authorization_code") || type.equals("implicit")) && !redirects) {
        throw OktaErrors.validation(
            "redirect_uris", "redirect_uris: Must provide at least one redirect URI");
      }
    }
  }

  private static void defaults(ObjectNode app) {
    ObjectNode accessibility = app.withObjectProperty("accessibility");
    accessibility.putIfAbsent("selfService", Json.MAPPER.getNodeFactory().booleanNode(false));
    ObjectNode visibility = app.withObjectProperty("visibility");
    visibility.putIfAbsent("autoSubmitToolbar", Json.MAPPER.getNodeFactory().booleanNode(false));
    ObjectNode hide = visibility.withObjectProperty("hide");
    hide.putIfAbsent("iOS", Json.MAPPER.getNodeFactory().booleanNode(false));
    hide.putIfAbsent("web", Json.MAPPER.getNodeFactory().booleanNode(false));
    ObjectNode credentials = app.withObjectProperty("credentials");
    ObjectNode template = credentials.withObjectProperty("userNameTemplate");
    template.putIfAbsent("template", Json.MAPPER.getNodeFactory().textNode("${source.login}"));
    template.putIfAbsent("type", Json.MAPPER.getNodeFactory().textNode("BUILT_IN"));
    app.withObjectProperty("settings").withObjectProperty("app");
  }

  private ObjectNode links(RoutingContext ctx, String id) {
    ObjectNode links = Json.object();
    String base = kit.base(ctx) + "/apps/" + id;
    ApiKit.link(links, "self", base);
    ApiKit.link(links, "groups", base + "/groups");
    ApiKit.link(links, "users", base + "/users");
    ApiKit.link(links, "deactivate", base + "/lifecycle/deactivate");
    return links;
  }
}
