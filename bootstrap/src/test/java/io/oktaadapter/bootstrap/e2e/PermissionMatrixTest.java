package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.app.ApplicationKind;
import io.oktaadapter.domain.app.BaseUrl;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.EmailAddress;
import io.oktaadapter.domain.tenant.MfaMode;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantFeatures;
import io.oktaadapter.domain.tenant.TenantKey;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * End to end: the permission matrix of the operator API (ADR 0014). Every operator endpoint of the
 * OpenAPI document must have a row here; each row states, for each caller (no token, viewer,
 * support, admin, the customer of the target tenant, the customer of another tenant), whether the
 * call is refused (401, 403), answered as not found (404, so that tenants do not leak) or allowed.
 * All tokens are really signed; nothing is mocked.
 */
@QuarkusTest
class PermissionMatrixTest {

  /** The callers, in the order of a row's expectation string. */
  enum Caller {
    NONE,
    VIEWER,
    SUPPORT,
    ADMIN,
    OWN_CUSTOMER,
    OTHER_CUSTOMER
  }

  private static final String OWN = "mx-own";
  private static final String DOOMED = "mx-doomed";
  private static final String OTHER = "mx-other";
  private static final String OWN_ALIAS = "a.mx-own.example.com";

  private static String jobId;
  private static String appId;
  private static String doomedAppId;

  @Inject TenantRepository tenants;
  @Inject ApplicationRepository applications;

  /**
   * One row: an endpoint as the OpenAPI document names it, a concrete request, the tenant it
   * targets, the statuses that count as allowed, and the expected outcome per caller ({@code A}
   * allowed, {@code 401}, {@code 403}, {@code 404}), in {@link Caller} order.
   */
  record Row(
      String method,
      String template,
      String tenant,
      java.util.function.Supplier<String> path,
      Object body,
      Set<Integer> allowed,
      String expectations) {

    String key() {
      return method + " " + template;
    }

    String expected(Caller caller) {
      return expectations.trim().split("\\s+")[caller.ordinal()];
    }
  }

  private static Row row(
      String method,
      String template,
      String tenant,
      java.util.function.Supplier<String> path,
      Object body,
      Set<Integer> allowed,
      String expectations) {
    return new Row(method, template, tenant, path, body, allowed, expectations);
  }

  static List<Row> rows() {
    Map<String, Object> spec = TenantProvisioningTest.spec(OWN, "OFF", OWN_ALIAS);
    Map<String, Object> newSpec =
        TenantProvisioningTest.spec("mx-new", "OFF", "a.mx-new.example.com");
    Map<String, Object> app =
        Map.of("kind", "EFS", "baseUrls", Map.of(OWN_ALIAS, "https://" + OWN_ALIAS + "/efs"));
    Set<Integer> ok = Set.of(200);
    Set<Integer> accepted = Set.of(200, 202);
    List<Row> rows = new ArrayList<>();
    // Expectation columns: NONE VIEWER SUPPORT ADMIN OWN_CUSTOMER OTHER_CUSTOMER
    rows.add(
        row("GET", "/api/v1/tenants", null, () -> "/api/v1/tenants", null, ok, "401 A A A A A"));
    rows.add(
        row(
            "POST",
            "/api/v1/tenants",
            null,
            () -> "/api/v1/tenants?dryRun=true",
            newSpec,
            ok,
            "401 403 A A 403 403"));
    rows.add(
        row(
            "GET",
            "/api/v1/tenants/{key}",
            OWN,
            () -> "/api/v1/tenants/" + OWN,
            null,
            ok,
            "401 A A A A 404"));
    rows.add(
        row(
            "PUT",
            "/api/v1/tenants/{key}",
            OWN,
            () -> "/api/v1/tenants/" + OWN + "?dryRun=true",
            spec,
            ok,
            "401 403 A A A 404"));
    rows.add(
        row(
            "DELETE",
            "/api/v1/tenants/{key}",
            DOOMED,
            () -> "/api/v1/tenants/" + DOOMED,
            null,
            accepted,
            "401 403 403 A 403 403"));
    rows.add(
        row(
            "POST",
            "/api/v1/tenants/{key}/reconcile",
            OWN,
            () -> "/api/v1/tenants/" + OWN + "/reconcile",
            null,
            Set.of(200, 202, 409),
            "401 403 A A 403 403"));
    rows.add(
        row(
            "POST",
            "/api/v1/tenants/{key}/import",
            null,
            () -> "/api/v1/tenants/mx-new/import?dryRun=true",
            newSpec,
            ok,
            "401 403 A A 403 403"));
    // No such user in the Okta simulator: an allowed caller gets 404 from Okta's side.
    Set<Integer> reachedOkta = Set.of(200, 404);
    rows.add(
        row(
            "PUT",
            "/api/v1/tenants/{key}/users/{login}",
            OWN,
            () -> "/api/v1/tenants/" + OWN + "/users/nobody@mx-own.example",
            null,
            reachedOkta,
            "401 403 A A 403 403"));
    rows.add(
        row(
            "DELETE",
            "/api/v1/tenants/{key}/users/{login}",
            OWN,
            () -> "/api/v1/tenants/" + OWN + "/users/nobody@mx-own.example",
            null,
            reachedOkta,
            "401 403 A A 403 403"));
    rows.add(
        row(
            "DELETE",
            "/api/v1/users/{login}/sessions",
            null,
            () -> "/api/v1/users/nobody@mx-own.example/sessions",
            null,
            reachedOkta,
            "401 403 A A 403 403"));
    rows.add(
        row(
            "GET",
            "/api/v1/tenants/{key}/registration-domains",
            OWN,
            () -> "/api/v1/tenants/" + OWN + "/registration-domains",
            null,
            ok,
            "401 A A A A 404"));
    rows.add(
        row(
            "PUT",
            "/api/v1/tenants/{key}/registration-domains",
            OWN,
            () -> "/api/v1/tenants/" + OWN + "/registration-domains",
            Map.of("domains", List.of("mx-own.example")),
            ok,
            "401 403 A A 403 403"));
    rows.add(
        row(
            "POST",
            "/api/v1/tenants/{key}/memberships/sync",
            OWN,
            () -> "/api/v1/tenants/" + OWN + "/memberships/sync",
            null,
            ok,
            "401 403 A A 403 403"));
    // The alias is the tenant's already: the check answers VERIFIED and changes nothing.
    rows.add(
        row(
            "POST",
            "/api/v1/tenants/{key}/aliases/{alias}/verification",
            OWN,
            () -> "/api/v1/tenants/" + OWN + "/aliases/" + OWN_ALIAS + "/verification",
            null,
            ok,
            "401 403 A A A 404"));
    rows.add(
        row(
            "POST",
            "/api/v1/tenants/{key}/aliases/{alias}/approval",
            OWN,
            () -> "/api/v1/tenants/" + OWN + "/aliases/" + OWN_ALIAS + "/approval",
            Map.of("reason", "permission matrix"),
            ok,
            "401 403 403 A 403 403"));
    rows.add(
        row(
            "GET",
            "/api/v1/tenants/{key}/plan",
            OWN,
            () -> "/api/v1/tenants/" + OWN + "/plan",
            null,
            ok,
            "401 A A A A 404"));
    rows.add(
        row(
            "POST",
            "/api/v1/tenants/{key}/applications",
            OWN,
            () -> "/api/v1/tenants/" + OWN + "/applications",
            app,
            accepted,
            // Customers may not create applications (field policy, ADR 0014): 403 naming kind.
            "401 403 A A 403 404"));
    rows.add(
        row(
            "PUT",
            "/api/v1/tenants/{key}/applications/{id}",
            OWN,
            () -> "/api/v1/tenants/" + OWN + "/applications/" + appId,
            app,
            accepted,
            "401 403 A A A 404"));
    rows.add(
        row(
            "DELETE",
            "/api/v1/tenants/{key}/applications/{id}",
            OWN,
            () -> "/api/v1/tenants/" + OWN + "/applications/" + doomedAppId,
            null,
            accepted,
            "401 403 403 A 403 403"));
    rows.add(
        row(
            "GET",
            "/api/v1/tenants/{key}/applications/{id}/config",
            OWN,
            () -> "/api/v1/tenants/" + OWN + "/applications/" + appId + "/config",
            null,
            ok,
            "401 A A A A 404"));
    rows.add(
        row(
            "GET",
            "/api/v1/jobs/{id}",
            OWN,
            () -> "/api/v1/jobs/" + jobId,
            null,
            ok,
            "401 A A A A 404"));
    rows.add(
        row("GET", "/api/v1/events", null, () -> "/api/v1/events", null, ok, "401 A A A 403 403"));
    rows.add(
        row(
            "GET",
            "/api/v1/events/quarantine",
            null,
            () -> "/api/v1/events/quarantine",
            null,
            ok,
            "401 A A A 403 403"));
    rows.add(
        row(
            "POST",
            "/api/v1/events/redeliveries",
            null,
            () -> "/api/v1/events/redeliveries",
            Map.of("from", "2000-01-01T00:00:00Z", "to", "2000-01-02T00:00:00Z"),
            ok,
            "401 403 A A 403 403"));
    // An unknown entry: whoever passes the gate gets 404, so nothing is resolved.
    rows.add(
        row(
            "POST",
            "/api/v1/events/quarantine/{id}/reprocessing",
            null,
            () -> "/api/v1/events/quarantine/999999999/reprocessing",
            Map.of(),
            Set.of(404),
            "401 403 A A 403 403"));
    rows.add(
        row(
            "POST",
            "/api/v1/events/quarantine/{id}/discarding",
            null,
            () -> "/api/v1/events/quarantine/999999999/discarding",
            Map.of("reason", "matrix"),
            Set.of(404),
            "401 403 A A 403 403"));
    // Without a registered hook the answer is 404; either way the caller passed the gate.
    rows.add(
        row(
            "GET",
            "/api/v1/event-hook",
            null,
            () -> "/api/v1/event-hook",
            null,
            Set.of(200, 404),
            "401 A A A 403 403"));
    // Side-effect free: the admin's request passes the gate and fails validation (400).
    rows.add(
        row(
            "PUT",
            "/api/v1/event-hook",
            null,
            () -> "/api/v1/event-hook",
            Map.of(),
            Set.of(400),
            "401 403 403 A 403 403"));
    rows.add(
        row(
            "POST",
            "/api/v1/hook-secrets/{kind}/rotation",
            null,
            () -> "/api/v1/hook-secrets/no-such-kind/rotation",
            null,
            Set.of(400),
            "401 403 403 A 403 403"));
    rows.add(
        row(
            "POST",
            "/api/v1/hook-secrets/{kind}/rotation/completion",
            null,
            () -> "/api/v1/hook-secrets/no-such-kind/rotation/completion",
            null,
            Set.of(400),
            "401 403 403 A 403 403"));
    rows.add(row("GET", "/api/v1/audit", null, () -> "/api/v1/audit", null, ok, "401 A A A A A"));
    return rows;
  }

  @BeforeEach
  void fixtures() {
    if (jobId != null) {
      return;
    }
    Response created =
        given()
            .header("Authorization", Tokens.bearer("sam", "support"))
            .header("Prefer", "wait=30")
            .contentType(ContentType.JSON)
            .body(TenantProvisioningTest.spec(OWN, "OFF", OWN_ALIAS))
            .post("/api/v1/tenants");
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(200);
    jobId = created.path("id");
    String link =
        given()
            .header("Authorization", Tokens.bearer("sam", "support"))
            .header("Prefer", "wait=30")
            .contentType(ContentType.JSON)
            .body(Map.of("kind", "EFS", "baseUrls", Map.of(OWN_ALIAS, "https://" + OWN_ALIAS)))
            .post("/api/v1/tenants/" + OWN + "/applications")
            .then()
            .statusCode(200)
            .extract()
            .header("Link");
    appId = link.substring(link.lastIndexOf('/') + 1, link.indexOf('>'));
    ApplicationId doomed = ApplicationId.random();
    doomedAppId = doomed.toString();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              tenants.save(
                  Tenant.register(
                      TenantKey.of(DOOMED),
                      "Doomed Inc.",
                      List.of(Alias.of("a.mx-doomed.example.com")),
                      List.of(EmailAddress.of("admin@mx-doomed.example.com")),
                      new TenantFeatures(MfaMode.OFF),
                      Instant.now()));
              applications.save(
                  Application.register(
                      doomed,
                      TenantKey.of(OWN),
                      ApplicationKind.of("DV"),
                      Map.of(Alias.of(OWN_ALIAS), BaseUrl.of("https://" + OWN_ALIAS + "/dv")),
                      Instant.now()));
            });
  }

  @Test
  void givenOpenApiDocument_everyOperatorEndpoint_hasExactlyOneMatrixRow() {
    Map<String, Map<String, Object>> paths =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("paths");
    Set<String> documented = new TreeSet<>();
    paths.forEach(
        (path, operations) -> {
          if (path.startsWith("/api/")) {
            operations.keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch").contains(m))
                .forEach(m -> documented.add(m.toUpperCase() + " " + path));
          }
        });
    List<String> keys = rows().stream().map(Row::key).toList();

    assertThat(keys).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(keys))
        .as("a matrix row for every documented operator endpoint, and no row for a removed one")
        .isEqualTo(documented);
  }

  @TestFactory
  Stream<DynamicTest> givenEachCaller_eachEndpoint_answersAsTheMatrixSays() {
    // Admin-only deletions change state: run them last, after every refused attempt.
    List<DynamicTest> tests = new ArrayList<>();
    for (Row row : rows()) {
      List<Caller> order = new ArrayList<>(Arrays.asList(Caller.values()));
      order.remove(Caller.ADMIN);
      order.add(Caller.ADMIN);
      for (Caller caller : order) {
        tests.add(
            dynamicTest(
                row.key() + " as " + caller + " -> " + row.expected(caller),
                () -> check(row, caller)));
      }
    }
    return tests.stream();
  }

  @Test
  void givenCustomer_listTenants_seesOnlyTheirOwnTenant() {
    List<String> keys =
        given()
            .header("Authorization", Tokens.customer("carla", OWN))
            .queryParam("size", 100)
            .get("/api/v1/tenants")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.key", String.class);

    assertThat(keys).containsExactly(OWN);
  }

  @Test
  void givenCustomerTokenWithAdminGroup_delete_isStillRefused() {
    given()
        .header("Authorization", Tokens.customer("carla", OWN, "admin"))
        .delete("/api/v1/tenants/" + OWN)
        .then()
        .statusCode(403);
  }

  @Test
  void givenMalformedTenantClaim_anyRead_isRefused() {
    given()
        .header("Authorization", Tokens.customer("carla", "Not A Key"))
        .get("/api/v1/tenants")
        .then()
        .statusCode(403);
  }

  private static void check(Row row, Caller caller) {
    RequestSpecification request = given().header("X-Request-Id", "matrix-" + caller);
    String token = token(caller, row.tenant());
    if (token != null) {
      request.header("Authorization", token);
    }
    if (row.body() != null) {
      request.contentType(ContentType.JSON).body(row.body());
    }
    Response response = request.request(row.method(), row.path().get());
    String expected = row.expected(caller);
    int status = response.statusCode();
    String what = row.key() + " as " + caller + ": " + status + " " + response.asString();
    switch (expected) {
      case "A" -> assertThat(row.allowed()).as(what).contains(status);
      case "404" -> {
        assertThat(status).as(what).isEqualTo(404);
        assertThat(response.contentType()).as(what).startsWith("application/problem+json");
      }
      default -> assertThat(status).as(what).isEqualTo(Integer.parseInt(expected));
    }
  }

  private static String token(Caller caller, String tenant) {
    String own = tenant == null ? OWN : tenant;
    return switch (caller) {
      case NONE -> null;
      case VIEWER -> Tokens.bearer("vera", "viewer");
      case SUPPORT -> Tokens.bearer("sam", "support");
      case ADMIN -> Tokens.bearer("ada", "admin");
      case OWN_CUSTOMER -> Tokens.customer("carla", own);
      case OTHER_CUSTOMER -> Tokens.customer("otto", OTHER);
    };
  }
}
