package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * End to end: every change through the REST door leaves an audit entry naming who, what, when, the
 * request id and a before/after summary; the log is append-only in PostgreSQL and readable through
 * {@code GET /api/v1/audit}, a customer seeing only their tenant's entries.
 */
@QuarkusTest
class AuditLogTest {

  private static final String KEY = "audit-acme";
  private static final String ALIAS = "a.audit-acme.example.com";

  @Inject EntityManager em;

  @Test
  void givenTenantLifecycle_throughRest_eachChangeIsAuditedWithActorRequestIdAndSummaries() {
    Instant start = Instant.now().minusSeconds(1);
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .header("X-Request-Id", "req-audit-create")
        .header("Prefer", "wait=30")
        .contentType(ContentType.JSON)
        .body(TenantProvisioningTest.spec(KEY, "OFF", ALIAS))
        .post("/api/v1/tenants")
        .then()
        .statusCode(200);
    Map<String, Object> renamed =
        new java.util.HashMap<>(TenantProvisioningTest.spec(KEY, "OFF", ALIAS));
    renamed.put("displayName", "Acme Renamed");
    given()
        .header("Authorization", Tokens.customer("carla", KEY))
        .header("X-Request-Id", "req-audit-update")
        .header("Prefer", "wait=30")
        .contentType(ContentType.JSON)
        .body(renamed)
        .put("/api/v1/tenants/" + KEY)
        .then()
        .statusCode(200);
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .header("X-Request-Id", "req-audit-reconcile")
        .header("Prefer", "wait=30")
        .post("/api/v1/tenants/" + KEY + "/reconcile")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", Tokens.bearer("ada", "admin"))
        .header("X-Request-Id", "req-audit-delete")
        .header("Prefer", "wait=30")
        .delete("/api/v1/tenants/" + KEY)
        .then()
        .statusCode(200);

    JsonPath audit =
        given()
            .header("Authorization", Tokens.bearer("vera", "viewer"))
            .queryParam("tenant", KEY)
            .queryParam("from", start.toString())
            .get("/api/v1/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(audit.getList("items.action", String.class))
        .containsExactly("tenant.delete", "tenant.reconcile", "tenant.update", "tenant.create");
    assertThat(audit.getList("items.actor.id", String.class))
        .containsExactly("ada", "sam", "carla", "sam");
    assertThat(audit.getList("items.actor.kind", String.class)).containsOnly("USER");
    assertThat(audit.getList("items.requestId", String.class))
        .containsExactly(
            "req-audit-delete", "req-audit-reconcile", "req-audit-update", "req-audit-create");
    assertThat(audit.getList("items.target.id", String.class)).containsOnly(KEY);
    assertThat(audit.getString("items[3].after.displayName")).isEqualTo("AUDIT-ACME Inc.");
    assertThat(audit.getMap("items[3].before")).isEmpty();
    assertThat(audit.getString("items[3].after.job")).isNotBlank();
    assertThat(audit.getString("items[2].before.displayName")).isEqualTo("AUDIT-ACME Inc.");
    assertThat(audit.getString("items[2].after.displayName")).isEqualTo("Acme Renamed");
    assertThat(audit.getString("items[0].before.status")).isEqualTo("READY");
  }

  @Test
  void givenApplicationChange_throughRest_isAuditedUnderItsTenant() {
    String key = "audit-apps";
    String alias = "a.audit-apps.example.com";
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .header("Prefer", "wait=30")
        .contentType(ContentType.JSON)
        .body(TenantProvisioningTest.spec(key, "OFF", alias))
        .post("/api/v1/tenants")
        .then()
        .statusCode(200);
    // Staff create applications (customers may not: field policy, ADR 0014); the customer reads
    // the entry under their tenant.
    String link =
        given()
            .header("Authorization", Tokens.bearer("sam", "support"))
            .header("X-Request-Id", "req-app-create")
            .contentType(ContentType.JSON)
            .body(Map.of("kind", "EFS", "baseUrls", Map.of(alias, "https://" + alias + "/efs")))
            .post("/api/v1/tenants/" + key + "/applications")
            .then()
            .statusCode(202)
            .extract()
            .header("Link");
    String appId = link.substring(link.lastIndexOf('/') + 1, link.indexOf('>'));

    given()
        .header("Authorization", Tokens.customer("carla", key))
        .queryParam("action", "application.*")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].action", equalTo("application.create"))
        .body("items[0].target.type", equalTo("application"))
        .body("items[0].target.id", equalTo(appId))
        .body("items[0].tenant", equalTo(key))
        .body("items[0].requestId", equalTo("req-app-create"))
        .body("items[0].after.kind", equalTo("EFS"));
  }

  @Test
  void givenCustomer_audit_seesOnlyTheirTenantAndOtherTenantsDoNotExist() {
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .contentType(ContentType.JSON)
        .body(TenantProvisioningTest.spec("audit-other", "OFF", "a.audit-other.example.com"))
        .post("/api/v1/tenants?dryRun=false")
        .then()
        .statusCode(202);

    List<String> seen =
        given()
            .header("Authorization", Tokens.customer("olga", "audit-other"))
            .queryParam("size", 100)
            .get("/api/v1/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.tenant", String.class);
    assertThat(seen).isNotEmpty().allMatch("audit-other"::equals);

    given()
        .header("Authorization", Tokens.customer("otto", "audit-mine"))
        .queryParam("tenant", "audit-other")
        .get("/api/v1/audit")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .queryParam("tenant", "audit-other")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items.action", hasItem("tenant.create"));
  }

  @Test
  void givenBadFilters_audit_answers400ProblemNamingEachField() {
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .queryParam("from", "yesterday")
        .queryParam("action", "drop table")
        .queryParam("tenant", "Not_A_Key")
        .get("/api/v1/audit")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("from", "action", "tenant"));
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .queryParam("from", "2026-11-24T10:00:00Z")
        .queryParam("to", "2026-11-24T09:00:00Z")
        .get("/api/v1/audit")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("to"));
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .queryParam("size", 0)
        .get("/api/v1/audit")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("size"));
  }

  @Test
  void givenStoredEntries_updateOrDeleteInTheDatabase_isRefused() {
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .contentType(ContentType.JSON)
        .body(TenantProvisioningTest.spec("audit-frozen", "OFF", "a.audit-frozen.example.com"))
        .post("/api/v1/tenants")
        .then()
        .statusCode(202);

    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () ->
                            em.createNativeQuery(
                                    "update audit_log set actor_id = 'someone-else'"
                                        + " where tenant_key = 'audit-frozen'")
                                .executeUpdate()))
        .hasStackTraceContaining("append-only");
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () ->
                            em.createNativeQuery(
                                    "delete from audit_log where tenant_key = 'audit-frozen'")
                                .executeUpdate()))
        .hasStackTraceContaining("append-only");
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .queryParam("tenant", "audit-frozen")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items[0].actor.id", equalTo("sam"));
  }

  @Test
  void givenRequestId_orNone_theAnswerCarriesTheIdTheAuditUses() {
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .header("X-Request-Id", "req-echo-1")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .header("X-Request-Id", equalTo("req-echo-1"));
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .header("X-Request-Id", "not allowed\u0007")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
  }

  @Test
  void givenRefusedChange_nothingIsAudited() {
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .contentType(ContentType.JSON)
        .body(TenantProvisioningTest.spec("audit-refused", "OFF", "a.audit-refused.example.com"))
        .post("/api/v1/tenants")
        .then()
        .statusCode(403);

    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .queryParam("tenant", "audit-refused")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
  }
}
