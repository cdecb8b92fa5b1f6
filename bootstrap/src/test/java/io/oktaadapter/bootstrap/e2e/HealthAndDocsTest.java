package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end: health, metrics and API documentation endpoints against the real infrastructure; the
 * benchmarks' fixed-answer endpoints stay closed unless a bench enables them.
 */
@QuarkusTest
class HealthAndDocsTest {

  @TestHTTPResource(value = "health/live", management = true)
  URL live;

  @TestHTTPResource(value = "health/ready", management = true)
  URL ready;

  @TestHTTPResource(value = "metrics", management = true)
  URL metrics;

  @Test
  void givenRunningApplication_liveness_isUp() {
    given().when().get(live).then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void givenRealDatabaseAndBroker_readiness_reportsBothUp() {
    given()
        .when()
        .get(ready)
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(
            "checks.name",
            hasItems(
                "Database connections health check",
                "SmallRye Reactive Messaging - readiness check"));
  }

  @Test
  void givenRunningApplication_metrics_arePrometheusText() {
    given()
        .when()
        .get(metrics)
        .then()
        .statusCode(200)
        .body(containsString("okta_adapter_outbox_backlog"))
        .body(containsString("okta_adapter_event_hook_events_total"))
        .body(containsString("jvm_memory_used_bytes"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live"})
  void givenApplicationPort_managementPaths_areNotServed(String path) {
    given().when().get(path).then().statusCode(404);
  }

  @Test
  void givenOperatorApi_openapi_describesTenantEndpoints() {
    given()
        .queryParam("format", "json")
        .when()
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/v1/tenants/{key}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/hooks/okta/inline/baseline", "/hooks/okta/inline/baseline/empty"})
  void givenBenchBaselineNotEnabled_benchEndpoints_answerNotFound(String path) {
    given().contentType("application/json").body("{}").when().post(path).then().statusCode(404);
  }
}
