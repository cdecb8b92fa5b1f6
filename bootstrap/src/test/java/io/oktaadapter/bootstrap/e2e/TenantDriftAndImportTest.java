package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.oktaadapter.application.port.out.okta.OktaApplications;
import io.oktaadapter.application.port.out.okta.OktaGroupRules;
import io.oktaadapter.application.port.out.okta.OktaGroups;
import io.oktaadapter.application.port.out.okta.OktaTrustedOrigins;
import io.oktaadapter.domain.okta.OktaId;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * End to end: drift in the content of Okta resources (edited by hand) is found by a reconcile,
 * reported (job result, tenant drift status, event, metric) and repaired or left as the tenant's
 * drift policy says; an import takes over what Okta already holds by the naming convention.
 */
@QuarkusTest
class TenantDriftAndImportTest {

  /** Health and metrics are served on the management interface's port only (its root is /q). */
  @TestHTTPResource(value = "metrics", management = true)
  URL metrics;

  @Inject OktaGroups groups;
  @Inject OktaGroupRules rules;
  @Inject OktaTrustedOrigins origins;
  @Inject OktaApplications apps;

  private static Map<String, Object> spec(String key, String driftPolicy, String alias) {
    Map<String, Object> spec = new HashMap<>(TenantProvisioningTest.spec(key, "OFF", alias));
    if (driftPolicy != null) {
      spec.put("driftPolicy", driftPolicy);
    }
    return spec;
  }

  private static ValidatableResponse send(String method, String path, Object body) {
    var request =
        given()
            .header("Authorization", Tokens.bearer("sam", "support"))
            .header("Prefer", "wait=60")
            .contentType(ContentType.JSON);
    if (body != null) {
      request.body(body);
    }
    return request.request(method, path).then();
  }

  private static ValidatableResponse tenant(String key) {
    return given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/tenants/" + key)
        .then()
        .statusCode(200);
  }

  /** Removes the REDIRECT scope of the tenant's trusted origin, by hand. */
  private OktaTrustedOrigins.TrustedOrigin narrowOrigin(String name, String origin) {
    var found = origins.findByName(name).orElseThrow();
    origins.update(
        found.id(),
        new OktaTrustedOrigins.TrustedOriginDetails(
            name, origin, EnumSet.of(OktaTrustedOrigins.Scope.CORS)));
    return found;
  }

  @Test
  void givenContentEditedInOktaAndRepairPolicy_reconcile_reportsAndRepairsIt() {
    String key = "drift-repair";
    String alias = key + ".example.com";
    send("POST", "/api/v1/tenants", spec(key, null, alias)).statusCode(200);
    String link =
        send(
                "POST",
                "/api/v1/tenants/" + key + "/applications",
                Map.of("kind", "EFS", "baseUrls", Map.of(alias, "https://" + alias)))
            .statusCode(200)
            .body("status", equalTo("SUCCEEDED"))
            .extract()
            .header("Link");
    String appId = link.substring(link.lastIndexOf('/') + 1, link.indexOf('>'));
    String label = key + "-efs-" + appId.substring(0, 8);
    // By hand in Okta: origin scope removed, rule expression changed, redirect URIs replaced.
    narrowOrigin(key + "-origin-" + alias, "https://" + alias);
    var rule = rules.findByName(key + "-users-rule").orElseThrow();
    rules.deactivate(rule.id());
    rules.update(
        rule.id(),
        new OktaGroupRules.GroupRuleDetails(
            rule.name(), "user.department==\"sales\"", rule.assignToGroups()));
    rules.activate(rule.id());
    var app = apps.findByLabel(label).orElseThrow();
    var original = apps.find(app.id()).orElseThrow();
    apps.update(
        app.id(),
        new OktaApplications.OidcApplicationDetails(
            label,
            OktaApplications.ClientType.WEB,
            List.of("https://evil.example.net/callback"),
            original.postLogoutRedirectUris(),
            original.initiateLoginUri(),
            Set.of("authorization_code", "refresh_token"),
            Set.of("code")));

    send("POST", "/api/v1/tenants/" + key + "/reconcile", null)
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"))
        .body("result", containsString("repaired drift"))
        .body("result", containsString("TRUSTED_ORIGIN " + key + "-origin-" + alias + ": scopes"))
        .body("result", containsString("GROUP_RULE " + key + "-users-rule: expression"))
        .body("result", containsString("OIDC_APPLICATION " + label + ": redirect URIs"));

    tenant(key)
        .body("status", equalTo("READY"))
        .body("driftPolicy", equalTo("REPAIR"))
        .body("drift.status", equalTo("REPAIRED"))
        .body("drift.findings", hasSize(3));
    assertThat(origins.findByName(key + "-origin-" + alias).orElseThrow().scopes())
        .containsExactlyInAnyOrder(
            OktaTrustedOrigins.Scope.CORS, OktaTrustedOrigins.Scope.REDIRECT);
    var repairedRule = rules.find(rule.id()).orElseThrow();
    assertThat(repairedRule.expression()).isEqualTo("user.tenant==\"" + key + "\"");
    assertThat(repairedRule.active()).isTrue();
    assertThat(apps.find(app.id()).orElseThrow().redirectUris()).isEqualTo(original.redirectUris());
    TopicReader.await(
        "okta-adapter.tenant-events",
        r ->
            key.equals(r.key())
                && TopicReader.header(r, "ce_type").equals("io.oktaadapter.tenant.drift-detected")
                && r.value().contains("REPAIRED"),
        1);
    given()
        .get(metrics)
        .then()
        .statusCode(200)
        .body(containsString("okta_adapter_drift_total{change=\"changed\",repaired=\"true\""));

    // A second reconcile finds nothing.
    send("POST", "/api/v1/tenants/" + key + "/reconcile", null)
        .body("result", containsString("no drift"));
    tenant(key).body("drift.status", equalTo("IN_SYNC")).body("drift.findings", hasSize(0));
  }

  @Test
  void givenContentEditedInOktaAndReportPolicy_reconcile_reportsItAndLeavesOktaAlone() {
    String key = "drift-report";
    String alias = key + ".example.com";
    send("POST", "/api/v1/tenants", spec(key, "REPORT", alias)).statusCode(200);
    narrowOrigin(key + "-origin-" + alias, "https://" + alias);

    send("POST", "/api/v1/tenants/" + key + "/reconcile", null)
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"))
        .body("result", containsString("drift reported (policy REPORT, not repaired)"))
        .body("steps", hasSize(0));

    tenant(key)
        .body("driftPolicy", equalTo("REPORT"))
        .body("drift.status", equalTo("DRIFTED"))
        .body("drift.findings", hasItem(containsString("scopes changed")));
    assertThat(origins.findByName(key + "-origin-" + alias).orElseThrow().scopes())
        .containsExactly(OktaTrustedOrigins.Scope.CORS);
  }

  @Test
  void givenUnknownDriftPolicy_post_answers400NamingTheField() {
    send("POST", "/api/v1/tenants", spec("drift-bad", "IGNORE", "drift-bad.example.com"))
        .statusCode(400)
        .body("errors[0].field", equalTo("driftPolicy"));
  }

  @Test
  void givenResourcesMadeByHandInOkta_import_adoptsThemAndCreatesOnlyWhatIsMissing() {
    String key = "imp-acme";
    String alias = key + ".example.com";
    OktaId users = groups.create(new OktaGroups.GroupDetails(key + "-users", "made by hand")).id();
    OktaId origin =
        origins
            .create(
                new OktaTrustedOrigins.TrustedOriginDetails(
                    key + "-origin-" + alias,
                    "https://" + alias,
                    EnumSet.allOf(OktaTrustedOrigins.Scope.class)))
            .id();
    OktaId rule =
        rules
            .create(
                new OktaGroupRules.GroupRuleDetails(
                    key + "-users-rule", "user.tenant==\"" + key + "\"", List.of(users)))
            .id();

    send("POST", "/api/v1/tenants/" + key + "/import", spec(key, null, alias))
        .statusCode(200)
        .body("kind", equalTo("IMPORT"))
        .body("status", equalTo("SUCCEEDED"))
        .body("result", containsString("adopted 3"))
        .body("result", containsString("GROUP " + key + "-users = " + users.value()))
        .body("result", containsString("GROUP_RULE " + key + "-users-rule = " + rule.value()))
        .body("result", containsString("missing in Okta and created 1 (GROUP " + key + "-admins)"));

    assertThat(OktaOrgState.resourcesOf(key)).hasSize(4).doesNotHaveDuplicates();
    assertThat(groups.findByName(key + "-users").orElseThrow().id()).isEqualTo(users);
    // Adopted resources are brought to the desired state.
    assertThat(groups.find(users).orElseThrow().description()).isEqualTo("Users of IMP-ACME Inc.");
    assertThat(origins.findByName(key + "-origin-" + alias).orElseThrow().id()).isEqualTo(origin);
    assertThat(rules.find(rule).orElseThrow().active()).isTrue();
    tenant(key).body("status", equalTo("READY")).body("oktaResources", hasSize(4));

    // Importing a tenant the adapter already manages is a conflict.
    send("POST", "/api/v1/tenants/" + key + "/import", spec(key, null, alias))
        .statusCode(409)
        .body("detail", containsString("reconcile"));
  }
}
