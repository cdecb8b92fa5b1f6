package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * End to end: a tenant key is free again once the deletion of its tenant has finished; the deleted
 * tenant's jobs and audit entries stay readable for operators, and the new tenant starts clean (no
 * registration domains of the old one, and its customer does not read the old tenant's history).
 */
@QuarkusTest
class TenantKeyReuseTest {

  private static final String KEY = "reuse-me";

  private static Response asSupport(Object body, String method, String path) {
    var request =
        given()
            .header("Authorization", Tokens.bearer("ada", "admin"))
            .header("Prefer", "wait=30")
            .contentType(ContentType.JSON);
    if (body != null) {
      request.body(body);
    }
    return request.request(method, path);
  }

  @Test
  void givenDeletedTenant_sameKey_canBeCreatedAgain_andTheOldHistoryStaysReadable() {
    Response first =
        asSupport(
            TenantProvisioningTest.spec(KEY, "OFF", "old.reuse-me.example.com"),
            "POST",
            "/api/v1/tenants");
    assertThat(first.statusCode()).as(first.asString()).isEqualTo(200);
    String firstJob = first.path("id");
    asSupport(
            Map.of("domains", List.of("old-reuse.example")),
            "PUT",
            "/api/v1/tenants/" + KEY + "/registration-domains")
        .then()
        .statusCode(200);

    // While the tenant exists (or is being deleted) its key is taken.
    asSupport(
            TenantProvisioningTest.spec(KEY, "OFF", "other.reuse-me.example.com"),
            "POST",
            "/api/v1/tenants")
        .then()
        .statusCode(409);
    Response deleted = asSupport(null, "DELETE", "/api/v1/tenants/" + KEY);
    assertThat(deleted.statusCode()).as(deleted.asString()).isEqualTo(200);
    assertThat(deleted.<String>path("status")).isEqualTo("SUCCEEDED");
    String deleteJob = deleted.path("id");

    Response again =
        asSupport(
            TenantProvisioningTest.spec(KEY, "REQUIRED", "new.reuse-me.example.com"),
            "POST",
            "/api/v1/tenants");
    assertThat(again.statusCode()).as(again.asString()).isEqualTo(200);
    assertThat(again.<String>path("status")).isEqualTo("SUCCEEDED");
    String newJob = again.path("id");

    Response tenant = asSupport(null, "GET", "/api/v1/tenants/" + KEY);
    assertThat(tenant.<String>path("status")).isEqualTo("READY");
    assertThat(tenant.<List<String>>path("aliases")).containsExactly("new.reuse-me.example.com");
    // The old tenant's registration domains did not pass to the new one.
    asSupport(null, "GET", "/api/v1/tenants/" + KEY + "/registration-domains")
        .then()
        .statusCode(200)
        .body("domains.size()", equalTo(0));

    // Operators still read the deleted tenant's jobs and audit entries.
    for (String job : List.of(firstJob, deleteJob, newJob)) {
      asSupport(null, "GET", "/api/v1/jobs/" + job).then().statusCode(200);
    }
    List<String> actions =
        given()
            .header("Authorization", Tokens.bearer("vera", "viewer"))
            .queryParam("tenant", KEY)
            .queryParam("size", 100)
            .get("/api/v1/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("items.action");
    assertThat(actions).contains("tenant.create", "tenant.delete");
    assertThat(actions.stream().filter("tenant.create"::equals).count()).isEqualTo(2);

    // The new tenant's customer reads its own history, not the deleted tenant's.
    String customer = Tokens.customer("nina", KEY);
    given().header("Authorization", customer).get("/api/v1/jobs/" + newJob).then().statusCode(200);
    given()
        .header("Authorization", customer)
        .get("/api/v1/jobs/" + firstJob)
        .then()
        .statusCode(404);
    given()
        .header("Authorization", customer)
        .get("/api/v1/jobs/" + deleteJob)
        .then()
        .statusCode(404);
    List<String> customerActions =
        given()
            .header("Authorization", customer)
            .queryParam("size", 100)
            .get("/api/v1/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("items.action");
    assertThat(customerActions).contains("tenant.create").doesNotContain("tenant.delete");
    assertThat(customerActions.stream().filter("tenant.create"::equals).count()).isEqualTo(1);
  }
}
