package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktaadapter.simulator.hooks.InlineHookRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * End to end: a provisioned tenant with a DV application; memberships loaded from the Okta
 * simulator's groups decide the token hook's claims (with the DV template's claims and the admin
 * role from the admins group), and registration domains are managed through the API.
 */
@QuarkusTest
@TestMethodOrder(OrderAnnotation.class)
class TenantAccessTest {

  private static final String KEY = "access-dv";
  private static final String OTHER = "access-other";
  private static final String ALIAS = "portal.access-dv.example.com";
  private static final String ORG = "https://access-test.okta.com";
  private static String clientId;
  private static String ann;
  private static String bo;
  private static String usersGroup;

  @Test
  @Order(1)
  void givenGroupMembersInOkta_sync_loadsThemWithTheirRoleAndTheKindsClaims() throws Exception {
    provisionTenant(KEY, ALIAS);
    clientId = provisionDvApplication();
    JsonPath tenant =
        given()
            .header("Authorization", Tokens.bearer("vera", "viewer"))
            .get("/api/v1/tenants/" + KEY)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    usersGroup = groupId(tenant, KEY + "-users");
    String adminsGroup = groupId(tenant, KEY + "-admins");
    ann = createOktaUser("ann@access-dv.example");
    bo = createOktaUser("bo@access-dv.example");
    addToGroup(adminsGroup, ann);
    addToGroup(usersGroup, bo);

    // Okta knows both users, the adapter does not yet: no token for them (once the read model
    // knows the new application, which it learns within a refresh).
    assertThat(awaitToken(ann, a -> a.has("error")).at("/error/errorSummary").asText())
        .contains("not a member");

    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .post("/api/v1/tenants/" + KEY + "/memberships/sync")
        .then()
        .statusCode(200)
        .body("tenant", equalTo(KEY))
        .body("groups.find { it.name == '" + KEY + "-admins' }.members", equalTo(1))
        .body("groups.find { it.name == '" + KEY + "-admins' }.role", equalTo("admin"))
        .body("groups.find { it.name == '" + KEY + "-users' }.members", equalTo(1))
        .body("groups.find { it.name == '" + KEY + "-users' }.role", equalTo("member"));

    JsonNode forAnn = awaitToken(ann, answer -> answer.has("commands"));
    assertThat(claims(forAnn))
        .containsExactly(
            Map.entry("/claims/tenant", KEY),
            Map.entry("/claims/tenant_role", "admin"),
            Map.entry("/claims/dv_workspace", "dv-" + KEY),
            Map.entry("/claims/product", "DV"));
    assertThat(claims(token(bo))).containsEntry("/claims/tenant_role", "member");
  }

  @Test
  @Order(2)
  void givenUserRemovedInOkta_sync_endsTheMembership() throws Exception {
    given()
        .baseUri(OktaSimulatorTestResource.simulator().baseUrl())
        .header("Authorization", "SSWS " + OktaSimulatorTestResource.TOKEN)
        .delete("/api/v1/groups/" + usersGroup + "/users/" + bo)
        .then()
        .statusCode(204);

    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .post("/api/v1/tenants/" + KEY + "/memberships/sync")
        .then()
        .statusCode(200)
        .body("groups.find { it.name == '" + KEY + "-users' }.members", equalTo(0))
        .body("groups.find { it.name == '" + KEY + "-users' }.ended", equalTo(1));

    JsonNode forBo = awaitToken(bo, answer -> answer.has("error"));
    assertThat(forBo.at("/error/errorSummary").asText()).contains("not a member");
    assertThat(claims(token(ann))).containsEntry("/claims/tenant_role", "admin");
  }

  @Test
  @Order(3)
  void registrationDomains_areValidatedOwnedByOneTenantAndDecideSignUps() throws Exception {
    provisionTenant(OTHER, "portal.access-other.example.com");
    putDomains(OTHER, List.of("shared.example"), "sam", "support").statusCode(200);

    putDomains(KEY, List.of("Access-DV.example", "not a domain", "x@y.example"), "sam", "support")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("domains[1]", "domains[2]"));
    putDomains(KEY, List.of("access-dv.example", "shared.example"), "sam", "support")
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("shared.example"))
        .body("detail", not(containsString(OTHER)));
    putDomains(KEY, List.of("team.access-dv.example"), "vera", "viewer").statusCode(403);
    putDomains(KEY, List.of("Access-DV.example", "access-dv.example"), "sam", "support")
        .statusCode(200)
        .body("domains", contains("access-dv.example"));
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/tenants/" + KEY + "/registration-domains")
        .then()
        .statusCode(200)
        .body("domains", contains("access-dv.example"));

    long until = System.currentTimeMillis() + 15_000;
    JsonNode answer;
    do {
      answer =
          InlineHooksTest.call(
              "registration",
              InlineHookRequests.registration(ORG, Map.of("email", "new@access-dv.example")));
      if (!answer.has("error")) {
        break;
      }
      Thread.sleep(200);
    } while (System.currentTimeMillis() < until);
    assertThat(answer.at("/commands/0/value/tenant").asText()).isEqualTo(KEY);

    JsonPath audit =
        given()
            .header("Authorization", Tokens.bearer("vera", "viewer"))
            .queryParam("tenant", KEY)
            .queryParam("action", "tenant.set-registration-domains")
            .get("/api/v1/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(audit.getList("items.actor.id", String.class)).containsExactly("sam");
    assertThat(audit.getList("items[0].before.domains", String.class)).isEmpty();
    assertThat(audit.getList("items[0].after.domains", String.class))
        .containsExactly("access-dv.example");
  }

  private static io.restassured.response.ValidatableResponse putDomains(
      String key, List<String> domains, String user, String role) {
    return given()
        .header("Authorization", Tokens.bearer(user, role))
        .contentType(ContentType.JSON)
        .body(Map.of("domains", domains))
        .put("/api/v1/tenants/" + key + "/registration-domains")
        .then();
  }

  private static void provisionTenant(String key, String alias) {
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .header("Prefer", "wait=30")
        .contentType(ContentType.JSON)
        .body(TenantProvisioningTest.spec(key, "OFF", alias))
        .post("/api/v1/tenants")
        .then()
        .statusCode(200);
  }

  private static String provisionDvApplication() {
    String link =
        given()
            .header("Authorization", Tokens.bearer("sam", "support"))
            .header("Prefer", "wait=30")
            .contentType(ContentType.JSON)
            .body(Map.of("kind", "DV", "baseUrls", Map.of(ALIAS, "https://" + ALIAS)))
            .post("/api/v1/tenants/" + KEY + "/applications")
            .then()
            .statusCode(200)
            .body("status", equalTo("SUCCEEDED"))
            .extract()
            .header("Link");
    String app = link.substring(link.lastIndexOf('/') + 1, link.indexOf('>'));
    return given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/tenants/" + KEY + "/applications/" + app + "/config")
        .then()
        .statusCode(200)
        .extract()
        .path("clientId");
  }

  private static String groupId(JsonPath tenant, String name) {
    String id = tenant.getString("oktaResources.find { it.name == '" + name + "' }.oktaId");
    assertThat(id).as("Okta id of group " + name).isNotBlank();
    return id;
  }

  private static String createOktaUser(String login) {
    return given()
        .baseUri(OktaSimulatorTestResource.simulator().baseUrl())
        .header("Authorization", "SSWS " + OktaSimulatorTestResource.TOKEN)
        .contentType(ContentType.JSON)
        .queryParam("activate", true)
        .body(
            Map.of(
                "profile",
                Map.of("login", login, "email", login, "firstName", "Test", "lastName", "User")))
        .post("/api/v1/users")
        .then()
        .statusCode(200)
        .extract()
        .path("id");
  }

  private static void addToGroup(String groupId, String userId) {
    given()
        .baseUri(OktaSimulatorTestResource.simulator().baseUrl())
        .header("Authorization", "SSWS " + OktaSimulatorTestResource.TOKEN)
        .put("/api/v1/groups/" + groupId + "/users/" + userId)
        .then()
        .statusCode(204);
  }

  private static JsonNode token(String userId) throws Exception {
    return InlineHooksTest.call(
        "token", InlineHookRequests.token(ORG, userId, userId + "@x.example", clientId));
  }

  // The read model is refreshed by a background job on every replica: wait for the change.
  private static JsonNode awaitToken(String userId, Predicate<JsonNode> done) throws Exception {
    long until = System.currentTimeMillis() + 15_000;
    JsonNode answer = token(userId);
    while (!done.test(answer) && System.currentTimeMillis() < until) {
      Thread.sleep(200);
      answer = token(userId);
    }
    assertThat(done.test(answer)).as("token hook answer in time: " + answer).isTrue();
    return answer;
  }

  /** The claims of the ID token patch, path to value, in order. */
  private static Map<String, String> claims(JsonNode answer) {
    Map<String, String> claims = new java.util.LinkedHashMap<>();
    for (JsonNode op : answer.at("/commands/0/value")) {
      claims.put(op.path("path").asText(), op.path("value").asText());
    }
    return claims;
  }
}
