package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.EmailAddress;
import io.oktaadapter.domain.tenant.MfaMode;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantFeatures;
import io.oktaadapter.domain.tenant.TenantKey;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** End to end: the operator API reads tenants from the real database, with real tokens. */
@QuarkusTest
class TenantReadApiTest {

  @Inject TenantRepository tenants;

  @BeforeEach
  void seed() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (String key : List.of("acme", "globex", "initech")) {
                if (tenants.findByKey(TenantKey.of(key)).isEmpty()) {
                  tenants.save(
                      Tenant.register(
                          TenantKey.of(key),
                          key.toUpperCase() + " Inc.",
                          List.of(
                              Alias.of(key + ".feedback.example.com"),
                              Alias.of(key + ".example.org")),
                          List.of(EmailAddress.of("admin@" + key + ".example.com")),
                          new TenantFeatures(MfaMode.OPTIONAL),
                          Instant.parse("2026-11-24T10:00:00Z")));
                }
              }
            });
  }

  @Test
  void givenStoredTenants_listAsViewer_returnsThemInKeyOrder() {
    List<String> keys =
        given()
            .header("Authorization", Tokens.bearer("vera", "viewer"))
            .queryParam("size", 100)
            .when()
            .get("/api/v1/tenants")
            .then()
            .statusCode(200)
            .body("page", equalTo(0))
            .body("size", equalTo(100))
            .extract()
            .jsonPath()
            .getList("items.key", String.class);

    assertThat(keys).isSorted().contains("acme", "globex", "initech");
  }

  @Test
  void givenStoredTenants_listInPagesOfTwo_countsPagesFromTheTotal() {
    var page =
        given()
            .header("Authorization", Tokens.bearer("vera", "viewer"))
            .queryParam("size", 2)
            .queryParam("page", 1)
            .when()
            .get("/api/v1/tenants")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    long total = page.getLong("totalItems");
    assertThat(total).isGreaterThanOrEqualTo(3);
    assertThat(page.getLong("totalPages")).isEqualTo((total + 1) / 2);
    assertThat(page.getList("items")).hasSize(total >= 4 ? 2 : 1);
    assertThat(page.getInt("page")).isEqualTo(1);
  }

  @Test
  void givenStoredTenant_getAsSupport_returnsAllFields() {
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .when()
        .get("/api/v1/tenants/acme")
        .then()
        .statusCode(200)
        .body("key", equalTo("acme"))
        .body("displayName", equalTo("ACME Inc."))
        .body("aliases", contains("acme.example.org", "acme.feedback.example.com"))
        .body("adminContacts", contains("admin@acme.example.com"))
        .body("features.mfa", equalTo("OPTIONAL"))
        .body("status", equalTo("PENDING"))
        .body("statusReason", nullValue())
        .body("createdAt", equalTo("2026-11-24T10:00:00Z"));
  }

  @Test
  void givenUnknownKey_get_answers404Problem() {
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .when()
        .get("/api/v1/tenants/umbrella")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("https://okta-adapter.io/problems/not-found"))
        .body("title", equalTo("Tenant not found"))
        .body("status", equalTo(404))
        .body("detail", containsString("umbrella"))
        .body("instance", equalTo("/api/v1/tenants/umbrella"));
  }

  @Test
  void givenMalformedKey_get_answers400ProblemNamingTheField() {
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .when()
        .get("/api/v1/tenants/Not_A_Slug")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("title", equalTo("Invalid input"))
        .body("errors.field", contains("key"))
        .body("errors[0].message", containsString("lowercase slug"))
        .body(not(containsString("Exception")));
  }

  @Test
  void givenBadPaging_list_answers400ProblemNamingEachField() {
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .queryParam("page", "x")
        .queryParam("size", 1000)
        .when()
        .get("/api/v1/tenants")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("page"));
  }

  @Test
  void givenNoToken_list_answers401() {
    given().when().get("/api/v1/tenants").then().statusCode(401);
  }

  @Test
  void givenTokenWithoutOperatorRole_list_answers403() {
    given()
        .header("Authorization", Tokens.bearer("mallory", "customer"))
        .when()
        .get("/api/v1/tenants")
        .then()
        .statusCode(403);
  }
}
