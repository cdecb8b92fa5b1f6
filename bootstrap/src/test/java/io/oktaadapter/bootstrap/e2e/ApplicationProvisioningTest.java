package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.oktaadapter.application.port.out.secrets.SecretNotFoundException;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.tenant.TenantKey;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * End to end: EFS and DV applications of a tenant become OIDC applications in the Okta simulator,
 * their client secrets go to the secret store only, and installations get their configuration from
 * the API and from tenant events.
 */
@QuarkusTest
class ApplicationProvisioningTest {

  private static final String KEY = "prov-apps";
  private static final String ALIAS = "a.prov-apps.example.com";

  @Inject SecretStore secrets;

  private static String createApplication(String kind, String baseUrl) {
    String link =
        given()
            .header("Authorization", Tokens.bearer("sam", "support"))
            .header("Prefer", "wait=30")
            .contentType(ContentType.JSON)
            .body(Map.of("kind", kind, "baseUrls", Map.of(ALIAS, baseUrl)))
            .post("/api/v1/tenants/" + KEY + "/applications")
            .then()
            .statusCode(200)
            .body("status", equalTo("SUCCEEDED"))
            .extract()
            .header("Link");
    return link.substring(link.lastIndexOf('/') + 1, link.indexOf('>'));
  }

  @Test
  void givenTenant_createEfsAndDvThenDelete_oktaAndSecretStoreFollow() {
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .header("Prefer", "wait=30")
        .contentType(ContentType.JSON)
        .body(TenantProvisioningTest.spec(KEY, "OFF", ALIAS))
        .post("/api/v1/tenants")
        .then()
        .statusCode(200);

    String efs = createApplication("EFS", "https://" + ALIAS + "/efs");
    String dv = createApplication("DV", "https://" + ALIAS);

    assertThat(OktaOrgState.resourcesOf(KEY))
        .contains(
            "OIDC_APPLICATION:" + KEY + "-efs-" + efs.substring(0, 8),
            "OIDC_APPLICATION:" + KEY + "-dv-" + dv.substring(0, 8));
    // Applications are part of the tenant's desired state: nothing left to do, nothing to delete.
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/tenants/" + KEY + "/plan")
        .then()
        .statusCode(200)
        .body("empty", equalTo(true));
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .contentType(ContentType.JSON)
        .body(TenantProvisioningTest.spec(KEY, "OFF", ALIAS))
        .put("/api/v1/tenants/" + KEY + "?dryRun=true")
        .then()
        .statusCode(200)
        .body("empty", equalTo(true));
    String secret =
        secrets
            .read(SecretRef.applicationClientSecret(TenantKey.of(KEY), ApplicationId.parse(efs)))
            .value()
            .reveal();
    String config =
        given()
            .header("Authorization", Tokens.bearer("vera", "viewer"))
            .get("/api/v1/tenants/" + KEY + "/applications/" + efs + "/config")
            .then()
            .statusCode(200)
            .body("redirectUris", contains("https://" + ALIAS + "/efs/login/oauth2/code/okta"))
            .body("initiateLoginUri", equalTo("https://" + ALIAS + "/efs/login"))
            .body("clientSecretPath", containsString("tenants/" + KEY + "/applications/" + efs))
            .body("groups", hasItem(KEY + "-users"))
            .extract()
            .asString();
    assertThat(config).doesNotContain(secret);
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/tenants/" + KEY + "/applications/" + dv + "/config")
        .then()
        .statusCode(200)
        .body(
            "redirectUris",
            contains(
                "https://" + ALIAS + "/dv/auth/callback",
                "https://" + ALIAS + "/dv/auth/silent-renew"));
    var events =
        TopicReader.await(
            "okta-adapter.tenant-events",
            r ->
                KEY.equals(r.key())
                    && TopicReader.header(r, "ce_type")
                        .equals("io.oktaadapter.application.configured"),
            2);
    assertThat(events).allSatisfy(r -> assertThat(r.value()).doesNotContain(secret));

    given()
        .header("Authorization", Tokens.bearer("ada", "admin"))
        .header("Prefer", "wait=30")
        .delete("/api/v1/tenants/" + KEY + "/applications/" + efs)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"));
    assertThat(OktaOrgState.resourcesOf(KEY))
        .noneMatch(r -> r.contains("-efs-"))
        .anyMatch(r -> r.contains("-dv-"));
    assertThatThrownBy(
            () ->
                secrets.read(
                    SecretRef.applicationClientSecret(TenantKey.of(KEY), ApplicationId.parse(efs))))
        .isInstanceOf(SecretNotFoundException.class);

    given()
        .header("Authorization", Tokens.bearer("ada", "admin"))
        .header("Prefer", "wait=30")
        .delete("/api/v1/tenants/" + KEY)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"));
    assertThat(OktaOrgState.resourcesOf(KEY)).isEmpty();
  }

  @Test
  void givenUnknownKindAndForeignAlias_post_answers400NamingEachField() {
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .contentType(ContentType.JSON)
        .body(TenantProvisioningTest.spec("prov-apps2", "OFF", "prov-apps2.example.com"))
        .post("/api/v1/tenants")
        .then()
        .statusCode(202);

    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "kind",
                "XYZ",
                "baseUrls",
                Map.of("other.example.com", "https://other.example.com")))
        .post("/api/v1/tenants/prov-apps2/applications")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("kind"))
        .body("errors.field", hasItem("baseUrls.other.example.com"));
  }
}
