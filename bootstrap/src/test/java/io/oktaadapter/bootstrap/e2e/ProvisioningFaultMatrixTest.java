package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.oktaadapter.simulator.Fault;
import io.oktaadapter.simulator.FaultType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end: a fault at every Okta call of a tenant plan (two groups, rule and its activation,
 * trusted origin, MFA policy and its rule). A permanent 500 ends FAILED with zero Okta resources
 * left; a 429 storm ends READY with exactly the desired resources.
 */
@QuarkusTest
class ProvisioningFaultMatrixTest {

  private static final String[] CALLS = {
    "POST /api/v1/groups",
    "POST /api/v1/groups/rules",
    "POST /api/v1/groups/rules/*/lifecycle/activate",
    "POST /api/v1/trustedOrigins",
    "POST /api/v1/policies",
    "POST /api/v1/policies/*/rules"
  };

  /**
   * Every Okta write of a tenant + application plan, in the order a first provisioning makes them.
   */
  private static final String[] WRITES = {
    "POST /api/v1/groups",
    "POST /api/v1/groups/rules",
    "POST /api/v1/groups/rules/*/lifecycle/activate",
    "POST /api/v1/trustedOrigins",
    "POST /api/v1/policies",
    "POST /api/v1/policies/*/rules",
    "POST /api/v1/apps",
    "PUT /api/v1/apps/*",
    "PUT /api/v1/apps/*/groups/*"
  };

  @AfterEach
  void clearFaults() {
    OktaSimulatorTestResource.simulator().clearFaults();
  }

  private static io.restassured.response.ValidatableResponse provision(String key) {
    return given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .header("Prefer", "wait=60")
        .contentType(ContentType.JSON)
        .body(TenantProvisioningTest.spec(key, "REQUIRED", key + ".example.com"))
        .post("/api/v1/tenants")
        .then()
        .statusCode(200);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void givenPermanent500AtStepK_provision_endsFailedWithZeroOrphans(int k) {
    OktaSimulatorTestResource.simulator()
        .addFault(new Fault(CALLS[k], 1, FaultType.SERVER_ERROR, 0, 1000));
    String key = "fault-500-" + k;

    provision(key).body("status", equalTo("FAILED"));

    assertThat(OktaOrgState.resourcesOf(key)).isEmpty();
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/tenants/" + key)
        .then()
        .body("status", equalTo("FAILED"))
        .body("oktaResources", hasSize(0));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void given429StormAtStepK_provision_endsReadyWithExactlyTheDesiredResources(int k) {
    OktaSimulatorTestResource.simulator()
        .addFault(new Fault(CALLS[k], 1, FaultType.RATE_LIMITED, 0, 3));
    String key = "fault-429-" + k;

    provision(key).body("status", equalTo("SUCCEEDED"));

    assertThat(OktaOrgState.resourcesOf(key)).hasSize(5).doesNotHaveDuplicates();
  }

  @Test
  void givenFailedTenant_retryWithPut_endsReady() {
    OktaSimulatorTestResource.simulator()
        .addFault(new Fault(CALLS[3], 1, FaultType.SERVER_ERROR, 0, 1000));
    provision("fault-retry").body("status", equalTo("FAILED"));
    OktaSimulatorTestResource.simulator().clearFaults();

    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .header("Prefer", "wait=60")
        .contentType(ContentType.JSON)
        .body(TenantProvisioningTest.spec("fault-retry", "REQUIRED", "fault-retry.example.com"))
        .put("/api/v1/tenants/fault-retry")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"));
    assertThat(OktaOrgState.resourcesOf("fault-retry")).hasSize(5);
  }

  /**
   * Okta applies the k-th kind of write at once but its answer arrives after the adapter's read
   * timeout (2 s in tests): the adapter must find what Okta created instead of creating it twice.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
  void givenTimeoutAfterOktaAppliedWriteK_provisionTenantAndApp_endsReadyWithoutDuplicates(int k) {
    OktaSimulatorTestResource.simulator()
        .addFault(new Fault(WRITES[k], 1, FaultType.SLOW_ANSWER, 3000, 1));
    String key = "fault-timeout-" + k;
    String alias = key + ".example.com";
    var tenant = TenantProvisioningTest.spec(key, "REQUIRED", alias);
    var app =
        java.util.Map.of("kind", "EFS", "baseUrls", java.util.Map.of(alias, "https://" + alias));

    String tenantJob =
        submit("/api/v1/tenants", tenant, key + "-t")
            .body("status", equalTo("SUCCEEDED"))
            .extract()
            .path("id");
    String appJob =
        submit("/api/v1/tenants/" + key + "/applications", app, key + "-a")
            .body("status", equalTo("SUCCEEDED"))
            .extract()
            .path("id");

    var okta = OktaOrgState.resourcesOf(key);
    // Two groups, the rule, the origin, the MFA policy and the application: each exactly once.
    assertThat(okta).hasSize(6).doesNotHaveDuplicates();
    assertThat(OktaOrgState.ruleStatus(key + "-users-rule")).isEqualTo("ACTIVE");
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/tenants/" + key)
        .then()
        .body("status", equalTo("READY"))
        .body("oktaResources", hasSize(8));

    // The client never saw its answers in time and retries: the first jobs come back, nothing new.
    submit("/api/v1/tenants", tenant, key + "-t")
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(tenantJob));
    submit("/api/v1/tenants/" + key + "/applications", app, key + "-a")
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(appJob));
    assertThat(OktaOrgState.resourcesOf(key)).isEqualTo(okta);
  }

  private static io.restassured.response.ValidatableResponse submit(
      String path, Object body, String idempotencyKey) {
    return given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .header("Prefer", "wait=60")
        .header("Idempotency-Key", idempotencyKey)
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then()
        .statusCode(200);
  }
}
