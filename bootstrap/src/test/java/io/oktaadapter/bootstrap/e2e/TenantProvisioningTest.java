package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.oktaadapter.application.port.out.okta.OktaGroups;
import io.oktaadapter.application.port.out.okta.OktaTrustedOrigins;
import io.oktaadapter.domain.LifecycleStatus;
import io.oktaadapter.simulator.Fault;
import io.oktaadapter.simulator.FaultType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * End to end: tenant provisioning through the operator API, the job runner, the Okta REST adapter
 * and the embedded Okta simulator, with the real database and broker.
 */
@QuarkusTest
class TenantProvisioningTest {

  private static final String TENANT_EVENTS = "okta-adapter.tenant-events";

  @Inject OktaGroups oktaGroups;
  @Inject OktaTrustedOrigins oktaOrigins;

  @AfterEach
  void clearFaults() {
    OktaSimulatorTestResource.simulator().clearFaults();
  }

  static Map<String, Object> spec(String key, String mfa, String... aliases) {
    return Map.of(
        "key",
        key,
        "displayName",
        key.toUpperCase() + " Inc.",
        "aliases",
        List.of(aliases),
        "adminContacts",
        List.of("admin@" + key + ".example.com"),
        "features",
        Map.of("mfa", mfa));
  }

  private static ValidatableResponse post(Object body, String idempotencyKey) {
    var request =
        given()
            .header("Authorization", Tokens.bearer("sam", "support"))
            .header("Prefer", "wait=30")
            .contentType(ContentType.JSON)
            .body(body);
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return request.when().post("/api/v1/tenants").then();
  }

  private static ValidatableResponse put(String key, Object body, boolean dryRun) {
    return given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .header("Prefer", "wait=30")
        .contentType(ContentType.JSON)
        .queryParam("dryRun", dryRun)
        .body(body)
        .when()
        .put("/api/v1/tenants/" + key)
        .then();
  }

  /**
   * Someone else saves the tenant as its job starts (the save as PROVISIONING) or ends (the save as
   * READY). Without the retries the job's first or last transaction fails and the job waits out its
   * lease (minutes), so the request's wait runs out.
   */
  @ParameterizedTest
  @EnumSource(
      value = LifecycleStatus.class,
      names = {"PROVISIONING", "READY"})
  void givenTenantChangedAsItsJobStartsOrEnds_job_stillRunsAtOnceOnWhatIsStored(
      LifecycleStatus savedAs) {
    String key = "prov-race-" + savedAs.name().toLowerCase(java.util.Locale.ROOT);
    ConcurrentTenantChange.arm(key, savedAs);

    post(spec(key, "OFF", key + ".example.com"), null)
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"))
        .body("result", equalTo("READY"));

    assertThat(ConcurrentTenantChange.fired(key)).isTrue();
    assertThat(OktaOrgState.resourcesOf(key)).contains("GROUP:" + key + "-users");
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .get("/api/v1/tenants/" + key)
        .then()
        .statusCode(200)
        .body("status", equalTo("READY"))
        .body("displayName", equalTo(key.toUpperCase() + " Inc. (renamed meanwhile)"));
  }

  @Test
  void givenNewTenant_createUpdateDelete_oktaHoldsExactlyTheDesiredStateAtEachPoint() {
    String key = "prov-acme";
    post(spec(key, "OFF", "a.prov-acme.example.com", "b.prov-acme.example.com"), null)
        .statusCode(200)
        .header("Preference-Applied", "wait=30")
        .header("Content-Location", containsString("/api/v1/jobs/"))
        .body("status", equalTo("SUCCEEDED"))
        .body("result", equalTo("READY"))
        .body("steps", hasSize(5))
        .body("steps.status", everyItem(equalTo("DONE")));

    assertThat(OktaOrgState.resourcesOf(key))
        .containsExactlyInAnyOrder(
            "GROUP:prov-acme-users",
            "GROUP:prov-acme-admins",
            "GROUP_RULE:prov-acme-users-rule",
            "TRUSTED_ORIGIN:prov-acme-origin-a.prov-acme.example.com",
            "TRUSTED_ORIGIN:prov-acme-origin-b.prov-acme.example.com");
    assertThat(OktaOrgState.ruleStatus("prov-acme-users-rule")).isEqualTo("ACTIVE");
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/tenants/" + key)
        .then()
        .statusCode(200)
        .body("status", equalTo("READY"))
        .body("oktaResources", hasSize(5))
        .body("oktaResources.status", everyItem(equalTo("APPLIED")))
        .body("lastJob.status", equalTo("SUCCEEDED"));
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/tenants/" + key + "/plan")
        .then()
        .statusCode(200)
        .body("empty", equalTo(true));

    var changed = spec(key, "REQUIRED", "b.prov-acme.example.com", "c.prov-acme.example.com");
    put(key, changed, true)
        .statusCode(200)
        .body(
            "steps.collect { it.action + ' ' + it.name }",
            containsInAnyOrder(
                "CREATE prov-acme-origin-c.prov-acme.example.com",
                "CREATE prov-acme-mfa",
                "DELETE prov-acme-origin-a.prov-acme.example.com"));
    assertThat(OktaOrgState.resourcesOf(key)).hasSize(5);

    put(key, changed, false).statusCode(200).body("status", equalTo("SUCCEEDED"));
    assertThat(OktaOrgState.resourcesOf(key))
        .containsExactlyInAnyOrder(
            "GROUP:prov-acme-users",
            "GROUP:prov-acme-admins",
            "GROUP_RULE:prov-acme-users-rule",
            "TRUSTED_ORIGIN:prov-acme-origin-b.prov-acme.example.com",
            "TRUSTED_ORIGIN:prov-acme-origin-c.prov-acme.example.com",
            "SIGN_ON_POLICY:prov-acme-mfa");

    put(key, spec(key, "OFF", "b.prov-acme.example.com", "c.prov-acme.example.com"), false)
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"));
    assertThat(OktaOrgState.resourcesOf(key)).doesNotContain("SIGN_ON_POLICY:prov-acme-mfa");

    given()
        .header("Authorization", Tokens.bearer("ada", "admin"))
        .header("Prefer", "wait=30")
        .delete("/api/v1/tenants/" + key)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"))
        .body("result", equalTo("DELETED"));
    assertThat(OktaOrgState.resourcesOf(key)).isEmpty();
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/tenants/" + key)
        .then()
        .body("status", equalTo("DELETED"))
        .body("oktaResources", hasSize(0));

    var events = TopicReader.await(TENANT_EVENTS, r -> key.equals(r.key()), 4);
    assertThat(events)
        .extracting(r -> TopicReader.header(r, "ce_type"))
        .containsExactly(
            "io.oktaadapter.tenant.ready",
            "io.oktaadapter.tenant.ready",
            "io.oktaadapter.tenant.ready",
            "io.oktaadapter.tenant.deleted");
  }

  @Test
  void givenSameIdempotencyKey_postAgain_returnsTheFirstJobAndCreatesNothing() {
    var body = spec("prov-idem", "OFF", "prov-idem.example.com");
    String jobId = post(body, "key-prov-idem-1").statusCode(200).extract().path("id");
    var before = OktaOrgState.resourcesOf("prov-idem");

    post(body, "key-prov-idem-1")
        .statusCode(200)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(jobId));

    assertThat(OktaOrgState.resourcesOf("prov-idem")).isEqualTo(before).hasSize(4);
  }

  @Test
  void givenSameIdempotencyKey_postOtherBody_answers422Problem() {
    post(spec("prov-idem2", "OFF", "prov-idem2.example.com"), "key-prov-idem-2").statusCode(200);

    post(spec("prov-idem2", "REQUIRED", "prov-idem2.example.com"), "key-prov-idem-2")
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://okta-adapter.io/problems/idempotency-key-reused"));
  }

  @Test
  void givenInvalidSpec_post_answers400NamingEachField() {
    post(
            Map.of(
                "key",
                "Bad Key",
                "displayName",
                "",
                "aliases",
                List.of("ok.example.com", "https://x.example.com/"),
                "features",
                Map.of("mfa", "sometimes")),
            null)
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field", containsInAnyOrder("key", "displayName", "aliases[1]", "features.mfa"));
  }

  @Test
  void givenViewerToken_post_answers403() {
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .contentType(ContentType.JSON)
        .body(spec("prov-viewer", "OFF", "prov-viewer.example.com"))
        .post("/api/v1/tenants")
        .then()
        .statusCode(403);
  }

  @Test
  void givenPermanent500AtGroupRule_post_endsFailedWithNoOrphanedOktaResources() {
    OktaSimulatorTestResource.simulator()
        .addFault(new Fault("POST /api/v1/groups/rules", 1, FaultType.SERVER_ERROR, 0, 100));

    post(spec("prov-broken", "REQUIRED", "prov-broken.example.com"), null)
        .statusCode(200)
        .body("status", equalTo("FAILED"))
        .body("result", containsString("GROUP_RULE prov-broken-users-rule"))
        // Both groups, and the trusted origin and MFA policy that ran alongside the rule.
        .body("result", containsString("rolled back 4"))
        .body("steps.findAll { it.status == 'COMPENSATED' }", hasSize(4));

    assertThat(OktaOrgState.resourcesOf("prov-broken")).isEmpty();
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/tenants/prov-broken")
        .then()
        .body("status", equalTo("FAILED"))
        .body("statusReason", containsString("rolled back"))
        .body("oktaResources", hasSize(0));
    TopicReader.await(
        TENANT_EVENTS,
        r ->
            "prov-broken".equals(r.key())
                && TopicReader.header(r, "ce_type").equals("io.oktaadapter.tenant.failed"),
        1);
  }

  @Test
  void givenTransient500And429Storm_post_endsReadyWithoutDuplicates() {
    var simulator = OktaSimulatorTestResource.simulator();
    simulator.addFault(new Fault("POST /api/v1/groups", 2, FaultType.SERVER_ERROR, 0, 1));
    simulator.addFault(new Fault("POST /api/v1/trustedOrigins", 1, FaultType.RATE_LIMITED, 0, 3));

    post(
            spec("prov-flaky", "OPTIONAL", "a.prov-flaky.example.com", "b.prov-flaky.example.com"),
            null)
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"));

    assertThat(OktaOrgState.resourcesOf("prov-flaky"))
        .containsExactlyInAnyOrder(
            "GROUP:prov-flaky-users",
            "GROUP:prov-flaky-admins",
            "GROUP_RULE:prov-flaky-users-rule",
            "TRUSTED_ORIGIN:prov-flaky-origin-a.prov-flaky.example.com",
            "TRUSTED_ORIGIN:prov-flaky-origin-b.prov-flaky.example.com",
            "SIGN_ON_POLICY:prov-flaky-mfa");
  }

  @Test
  void givenGroupRemovedInOkta_reconcile_reportsTheDriftAndRecreatesIt() {
    post(spec("prov-drift", "OFF", "prov-drift.example.com"), null)
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"));
    var admins = oktaGroups.findByName("prov-drift-admins").orElseThrow();
    oktaGroups.delete(admins.id());

    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .header("Prefer", "wait=30")
        .post("/api/v1/tenants/prov-drift/reconcile")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"))
        .body("kind", equalTo("RECONCILE"))
        .body("result", containsString("GROUP prov-drift-admins had gone from Okta"))
        .body("steps.collect { it.action + ' ' + it.name }", contains("CREATE prov-drift-admins"));

    assertThat(OktaOrgState.resourcesOf("prov-drift"))
        .contains("GROUP:prov-drift-admins")
        .hasSize(4);
    assertThat(oktaGroups.findByName("prov-drift-admins").orElseThrow().id())
        .isNotEqualTo(admins.id());
  }

  @Test
  void givenResourcesAlreadyInOktaByNamingConvention_post_adoptsThemWithoutDuplicates() {
    var users = oktaGroups.create(new OktaGroups.GroupDetails("prov-adopt-users", "made by hand"));
    var origin =
        oktaOrigins.create(
            new OktaTrustedOrigins.TrustedOriginDetails(
                "prov-adopt-origin-prov-adopt.example.com",
                "https://prov-adopt.example.com",
                java.util.Set.of(
                    OktaTrustedOrigins.Scope.CORS, OktaTrustedOrigins.Scope.REDIRECT)));

    post(spec("prov-adopt", "OFF", "prov-adopt.example.com"), null)
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"));

    assertThat(OktaOrgState.resourcesOf("prov-adopt")).hasSize(4).doesNotHaveDuplicates();
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/tenants/prov-adopt")
        .then()
        .body(
            "oktaResources.oktaId",
            org.hamcrest.Matchers.hasItems(users.id().value(), origin.id().value()));
    assertThat(oktaGroups.find(users.id()).orElseThrow().description())
        .isEqualTo("Users of PROV-ADOPT Inc.");
  }

  @Test
  void givenUnknownJob_get_answers404Problem() {
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/jobs/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
