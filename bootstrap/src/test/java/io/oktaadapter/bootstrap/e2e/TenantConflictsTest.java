package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.oktaadapter.testing.PostgresServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * End to end: requests that clash with another tenant or with a request in flight answer 409
 * problems, never 500, and change nothing.
 */
@QuarkusTest
class TenantConflictsTest {

  private static Response post(Object body, String idempotencyKey) {
    var request =
        given()
            .header("Authorization", Tokens.bearer("sam", "support"))
            .contentType(ContentType.JSON)
            .body(body);
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return request.when().post("/api/v1/tenants");
  }

  private static int count(String sql) throws Exception {
    try (Connection db = PostgresServer.shared().connect();
        var rows = db.prepareStatement(sql).executeQuery()) {
      rows.next();
      return rows.getInt(1);
    }
  }

  @Test
  void givenAliasOfAnotherTenant_post_answers409NamingTheAliasOnly() throws Exception {
    post(TenantProvisioningTest.spec("conf-owner", "OFF", "shared.conf.example.com"), null)
        .then()
        .statusCode(202);

    post(
            TenantProvisioningTest.spec(
                "conf-intruder", "OFF", "own.conf.example.com", "shared.conf.example.com"),
            null)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("https://okta-adapter.io/problems/conflict"))
        .body("detail", containsString("shared.conf.example.com"))
        .body("errors[0].field", equalTo("aliases"))
        .body(not(containsString("conf-owner")));

    assertThat(count("select count(*) from tenant where tenant_key = 'conf-intruder'")).isZero();
  }

  @Test
  void givenAliasOfAnotherTenant_put_answers409AndKeepsTheSpec() {
    post(TenantProvisioningTest.spec("conf-a", "OFF", "a.conf.example.com"), null)
        .then()
        .statusCode(202);
    post(TenantProvisioningTest.spec("conf-b", "OFF", "b.conf.example.com"), null)
        .then()
        .statusCode(202);

    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .contentType(ContentType.JSON)
        .body(
            TenantProvisioningTest.spec(
                "conf-b", "OFF", "b.conf.example.com", "a.conf.example.com"))
        .put("/api/v1/tenants/conf-b")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("a.conf.example.com"))
        .body(not(containsString("conf-a\"")));

    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/tenants/conf-b")
        .then()
        .statusCode(200)
        .body("aliases", equalTo(List.of("b.conf.example.com")));
  }

  @Test
  void givenRequestWithTheKeyInFlight_postWithTheSameNewKey_answers409ThenSucceedsOnRetry()
      throws Exception {
    var body = TenantProvisioningTest.spec("conf-idem", "OFF", "conf-idem.example.com");
    // Another replica is processing a request with this key: it holds the key's lock.
    try (Connection inFlight = PostgresServer.shared().connect()) {
      inFlight.setAutoCommit(false);
      try (var lock =
          inFlight.prepareStatement("select pg_advisory_xact_lock(7655, hashtext('conf-key-1'))")) {
        lock.execute();
      }

      post(body, "conf-key-1")
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("title", equalTo("Idempotency-Key in use"));
      inFlight.rollback();
    }
    assertThat(count("select count(*) from tenant where tenant_key = 'conf-idem'")).isZero();

    String job = post(body, "conf-key-1").then().statusCode(202).extract().path("id");
    post(body, "conf-key-1").then().header("Idempotent-Replayed", "true").body("id", equalTo(job));
  }

  @Test
  void givenConcurrentFirstUsesOfOneKey_post_answersOneJobAndConflictsNever500() throws Exception {
    var body = TenantProvisioningTest.spec("conf-race", "OFF", "conf-race.example.com");
    ExecutorService clients = Executors.newFixedThreadPool(6);
    List<Future<Response>> answers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Callable<Response> call = () -> post(body, "conf-key-race");
      answers.add(clients.submit(call));
    }
    List<Integer> statuses = new ArrayList<>();
    List<String> jobs = new ArrayList<>();
    for (Future<Response> answer : answers) {
      Response r = answer.get();
      statuses.add(r.statusCode());
      if (r.statusCode() == 200 || r.statusCode() == 202) {
        jobs.add(r.path("id"));
      } else {
        assertThat(r.contentType()).startsWith("application/problem+json");
      }
    }
    clients.shutdown();

    assertThat(statuses).allMatch(s -> s == 200 || s == 202 || s == 409);
    assertThat(jobs).isNotEmpty().allMatch(jobs.get(0)::equals);
    assertThat(
            count("select count(*) from provisioning_job where idempotency_key = 'conf-key-race'"))
        .isEqualTo(1);
  }
}
