package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * End to end: read-only fields in request bodies (status, version, Okta ids, timestamps, a
 * different key, another kind) are refused with a 400 problem naming the field, and nothing is
 * written (ADR 0014: refuse rather than silently ignore).
 */
@QuarkusTest
class MassAssignmentTest {

  private static Map<String, Object> spec(String key, String extraField, Object value) {
    Map<String, Object> body =
        new HashMap<>(TenantProvisioningTest.spec(key, "OFF", "a." + key + ".example.com"));
    if (extraField != null) {
      body.put(extraField, value);
    }
    return body;
  }

  @Test
  void givenStatusInBody_createTenant_isRefusedAndNothingIsStored() {
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .contentType(ContentType.JSON)
        .body(spec("mass-status", "status", "READY"))
        .post("/api/v1/tenants")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("status"))
        .body("errors[0].message", equalTo("is read-only or unknown and cannot be set"));

    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/tenants/mass-status")
        .then()
        .statusCode(404);
  }

  @Test
  void givenReadOnlyFields_customerUpdatesOwnTenant_eachIsRefused() {
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .contentType(ContentType.JSON)
        .body(spec("mass-own", null, null))
        .post("/api/v1/tenants")
        .then()
        .statusCode(202);
    Map<String, Object> readOnly =
        Map.of(
            "version", 7,
            "oktaGroupId", "00g1",
            "createdAt", "2020-01-01T00:00:00Z",
            "statusReason", "hand-made",
            "resources", java.util.List.of());
    readOnly.forEach(
        (field, value) ->
            given()
                .header("Authorization", Tokens.customer("carla", "mass-own"))
                .contentType(ContentType.JSON)
                .body(spec("mass-own", field, value))
                .put("/api/v1/tenants/mass-own")
                .then()
                .statusCode(400)
                .body("errors.field", contains(field)));
  }

  @Test
  void givenAnotherKeyInBody_update_isRefused() {
    given()
        .header("Authorization", Tokens.customer("carla", "mass-own"))
        .contentType(ContentType.JSON)
        .body(spec("mass-stolen", null, null))
        .put("/api/v1/tenants/mass-own")
        .then()
        .statusCode(400)
        .body("errors.field", contains("key"));
  }

  @Test
  void givenUnknownFeature_create_isRefused() {
    Map<String, Object> body = spec("mass-feature", null, null);
    body.put("features", Map.of("mfa", "OFF", "superuser", true));
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/tenants")
        .then()
        .statusCode(400)
        .body("errors.field", contains("superuser"));
  }

  @Test
  void givenClientIdOrStatusInApplicationBody_create_isRefused() {
    for (String field : new String[] {"clientId", "status", "id", "tenantKey"}) {
      given()
          .header("Authorization", Tokens.bearer("sam", "support"))
          .contentType(ContentType.JSON)
          .body(
              Map.of(
                  "kind",
                  "EFS",
                  "baseUrls",
                  Map.of("a.mass-own.example.com", "https://a.mass-own.example.com"),
                  field,
                  "x"))
          .post("/api/v1/tenants/mass-own/applications")
          .then()
          .statusCode(400)
          .body("errors.field", contains(field));
    }
  }

  @Test
  void givenAnotherKind_updateApplication_isRefused() {
    String alias = "a.mass-kind.example.com";
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .contentType(ContentType.JSON)
        .body(spec("mass-kind", null, null))
        .post("/api/v1/tenants")
        .then()
        .statusCode(202);
    String link =
        given()
            .header("Authorization", Tokens.bearer("sam", "support"))
            .contentType(ContentType.JSON)
            .body(Map.of("kind", "EFS", "baseUrls", Map.of(alias, "https://" + alias)))
            .post("/api/v1/tenants/mass-kind/applications")
            .then()
            .statusCode(202)
            .extract()
            .header("Link");
    String app = link.substring(link.indexOf('<') + 1, link.indexOf('>'));

    given()
        .header("Authorization", Tokens.customer("carla", "mass-kind"))
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "DV", "baseUrls", Map.of(alias, "https://" + alias)))
        .put(app)
        .then()
        .statusCode(400)
        .body("errors.field", contains("kind"));
  }

  @Test
  void givenUnknownFieldInRedelivery_isRefused() {
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .contentType(ContentType.JSON)
        .body(Map.of("from", "2000-01-01T00:00:00Z", "published", true))
        .post("/api/v1/events/redeliveries")
        .then()
        .statusCode(400)
        .body("errors.field", contains("published"));
  }
}
