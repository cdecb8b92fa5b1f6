package io.oktaadapter.bootstrap.e2e;

import static io.oktaadapter.bootstrap.e2e.CommandSender.newId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * End to end: an alias that an application still has a base URL on cannot be removed (ADR 0010):
 * the REST API answers 409 naming the alias and the applications, a {@code tenant.alias.remove}
 * command fails the same way, and nothing changes. Once the application is moved off the alias, the
 * alias goes, and Okta keeps no redirect URI on it.
 */
@QuarkusTest
class AliasRemovalTest {

  private static final String KEY = "alias-rm";
  private static final String KEEP = "keep.alias-rm.example.com";
  private static final String GONE = "gone.alias-rm.example.com";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Response support(Object body, String method, String path) {
    var request =
        given()
            .header("Authorization", Tokens.bearer("sam", "support"))
            .header("Prefer", "wait=30")
            .contentType(ContentType.JSON);
    if (body != null) {
      request.body(body);
    }
    return request.request(method, path);
  }

  private static Map<String, Object> spec(String... aliases) {
    return Map.of(
        "displayName", "Alias removal",
        "aliases", List.of(aliases),
        "adminContacts", List.of("ops@" + KEEP),
        "features", Map.of("mfa", "OFF"));
  }

  @Test
  void givenApplicationOnAlias_removingTheAlias_isRefusedUntilTheApplicationMovesOff()
      throws Exception {
    Map<String, Object> created = new java.util.HashMap<>(spec(KEEP, GONE));
    created.put("key", KEY);
    support(created, "POST", "/api/v1/tenants").then().statusCode(200);
    Response app =
        support(
            Map.of("kind", "EFS", "baseUrls", Map.of(GONE, "https://" + GONE + "/efs")),
            "POST",
            "/api/v1/tenants/" + KEY + "/applications");
    assertThat(app.statusCode()).as(app.asString()).isEqualTo(200);
    String appId = app.getHeader("Link").replaceAll(".*/applications/([0-9a-f-]{36}).*", "$1");

    // REST: 409 naming the alias and the application; the tenant keeps both aliases.
    support(spec(KEEP), "PUT", "/api/v1/tenants/" + KEY)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("https://okta-adapter.io/problems/conflict"))
        .body("errors[0].field", equalTo("aliases"))
        .body("errors[0].message", containsString(GONE))
        .body("errors[0].message", containsString(appId));
    support(null, "GET", "/api/v1/tenants/" + KEY).then().body("aliases", contains(GONE, KEEP));

    // Kafka: the same rule, a failed result with the same problem.
    String id = newId();
    CommandSender.send(
        KEY, id, "tenant.alias.remove", CommandSender.SOURCE, "{\"alias\":\"" + GONE + "\"}");
    JsonNode failed = JSON.readTree(CommandSender.finalResult(id, 1).value());
    assertThat(failed.path("status").asText()).isEqualTo("failed");
    assertThat(failed.at("/problem/status").asInt()).isEqualTo(409);
    assertThat(failed.at("/problem/errors/0/message").asText()).contains(GONE).contains(appId);
    support(null, "GET", "/api/v1/tenants/" + KEY).then().body("aliases", contains(GONE, KEEP));

    // Moved off the alias, the application no longer holds it: the alias goes.
    support(
            Map.of("kind", "EFS", "baseUrls", Map.of(KEEP, "https://" + KEEP + "/efs")),
            "PUT",
            "/api/v1/tenants/" + KEY + "/applications/" + appId)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"));
    support(spec(KEEP), "PUT", "/api/v1/tenants/" + KEY)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"));
    String config =
        support(null, "GET", "/api/v1/tenants/" + KEY + "/applications/" + appId + "/config")
            .then()
            .statusCode(200)
            .body("redirectUris", contains("https://" + KEEP + "/efs/login/oauth2/code/okta"))
            .extract()
            .asString();
    assertThat(config).doesNotContain(GONE);
    assertThat(OktaOrgState.resourcesOf(KEY)).noneMatch(r -> r.contains(GONE));
  }

  @Test
  void givenHostsNobodyMayClaim_createAndUpdate_answer400NamingTheAlias_andChangeNothing() {
    for (String host :
        List.of("10.1.2.3", "localhost", "metadata.google.internal", "co.uk", "x.okta.com")) {
      Map<String, Object> body = new java.util.HashMap<>(spec(host));
      body.put("key", "alias-bad");
      given()
          .header("Authorization", Tokens.bearer("sam", "support"))
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/tenants")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("aliases"))
          .body("errors[0].message", containsString(host));
    }
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .get("/api/v1/tenants/alias-bad")
        .then()
        .statusCode(404);
  }
}
