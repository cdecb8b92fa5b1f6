package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.oktaadapter.testing.dns.LoopbackDnsServer;
import io.oktaadapter.testing.dns.LoopbackDnsTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * End to end: alias ownership proven over real DNS (ADR 0018). A real DNS server on a loopback port
 * (dnsjava's message classes, started by the tests) is the adapter's only resolver. A customer's
 * new alias is a claim (PENDING_VERIFICATION) that reaches nothing in the Okta simulator; once the
 * TXT record {@code _okta-adapter-challenge.<alias>} holds the claim's token, a check (on demand,
 * or the periodic one) makes it VERIFIED, and its trusted origin and the application's redirect
 * URIs on it appear in the simulator. A pending claim blocks no one; the first tenant to prove an
 * alias gets it. An admin may approve a claim with a reason; support may not.
 */
@QuarkusTest
class AliasVerificationTest {

  private static final String KEY = "verify-co";
  private static final String RIVAL = "verify-rival";
  private static final String HOME = "verify-co.example.com";
  private static final String SHOP = "shop.verify-co.net";
  private static final String AUTO = "auto.verify-co.net";
  private static final String HAND = "hand.verify-co.net";

  private final LoopbackDnsServer dns = LoopbackDnsTestResource.shared();

  private static Response call(String token, Object body, String method, String path) {
    var request =
        given()
            .header("Authorization", token)
            .header("Prefer", "wait=30")
            .contentType(ContentType.JSON);
    if (body != null) {
      request.body(body);
    }
    return request.request(method, path);
  }

  private static String support() {
    return Tokens.bearer("sam", "support");
  }

  private static Map<String, Object> spec(String key, String... aliases) {
    Map<String, Object> spec = new HashMap<>();
    spec.put("key", key);
    spec.put("displayName", key + " Inc.");
    spec.put("aliases", List.of(aliases));
    spec.put("adminContacts", List.of("ops@" + HOME));
    spec.put("features", Map.of("mfa", "OFF"));
    return spec;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> claim(String key, String alias) {
    List<Map<String, Object>> claims =
        call(support(), null, "GET", "/api/v1/tenants/" + key).path("aliasClaims");
    return claims.stream().filter(c -> alias.equals(c.get("alias"))).findFirst().orElse(null);
  }

  private static List<String> redirectUris(String key, String app) {
    return call(
            support(), null, "GET", "/api/v1/tenants/" + key + "/applications/" + app + "/config")
        .then()
        .statusCode(200)
        .extract()
        .path("redirectUris");
  }

  @Test
  void claimedAlias_reachesOktaOnlyOnceProvenOverDns_firstToProveWins() throws Exception {
    String customer = Tokens.customer("cora", KEY);
    call(support(), spec(KEY, HOME), "POST", "/api/v1/tenants").then().statusCode(200);
    call(support(), spec(RIVAL, "verify-rival.example.com"), "POST", "/api/v1/tenants")
        .then()
        .statusCode(200);
    Response app =
        call(
            support(),
            Map.of("kind", "EFS", "baseUrls", Map.of(HOME, "https://" + HOME + "/efs")),
            "POST",
            "/api/v1/tenants/" + KEY + "/applications");
    assertThat(app.statusCode()).as(app.asString()).isEqualTo(200);
    String appId = app.getHeader("Link").replaceAll(".*/applications/([0-9a-f-]{36}).*", "$1");

    // The customer claims shop.verify-co.net; the rival claims it too: a claim blocks no one.
    Map<String, Object> withShop = spec(KEY, HOME, SHOP);
    withShop.remove("key");
    call(customer, withShop, "PUT", "/api/v1/tenants/" + KEY).then().statusCode(200);
    call(
            support(),
            spec(RIVAL, "verify-rival.example.com", SHOP),
            "PUT",
            "/api/v1/tenants/" + RIVAL)
        .then()
        .statusCode(200);
    Map<String, Object> claim = claim(KEY, SHOP);
    assertThat(claim).isNotNull();
    assertThat(claim.get("status")).isEqualTo("PENDING_VERIFICATION");
    assertThat(claim.get("record")).isEqualTo("_okta-adapter-challenge." + SHOP);
    String token = (String) claim.get("value");
    assertThat(token).hasSizeGreaterThanOrEqualTo(32);
    assertThat(claim(RIVAL, SHOP).get("value")).isNotEqualTo(token);
    // The customer puts a base URL on the claimed alias: it waits, nothing of it reaches Okta.
    call(
            customer,
            Map.of(
                "kind",
                "EFS",
                "baseUrls",
                Map.of(HOME, "https://" + HOME + "/efs", SHOP, "https://" + SHOP + "/efs")),
            "PUT",
            "/api/v1/tenants/" + KEY + "/applications/" + appId)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"));
    assertThat(OktaOrgState.resourcesOf(KEY)).noneMatch(r -> r.contains(SHOP));
    assertThat(OktaOrgState.resourcesOf(RIVAL)).noneMatch(r -> r.contains(SHOP));
    assertThat(redirectUris(KEY, appId)).noneMatch(u -> u.contains(SHOP));

    // Checked before the record exists: still pending.
    call(customer, null, "POST", "/api/v1/tenants/" + KEY + "/aliases/" + SHOP + "/verification")
        .then()
        .statusCode(200)
        .body("status", equalTo("PENDING_VERIFICATION"))
        .body("record", equalTo("_okta-adapter-challenge." + SHOP));
    // A wrong value proves nothing.
    dns.publishTxt("_okta-adapter-challenge." + SHOP, "not-the-token");
    call(customer, null, "POST", "/api/v1/tenants/" + KEY + "/aliases/" + SHOP + "/verification")
        .then()
        .body("status", equalTo("PENDING_VERIFICATION"));

    // The record holds the token: VERIFIED, and Okta follows.
    dns.publishTxt("_okta-adapter-challenge." + SHOP, token);
    Response verified =
        call(
            customer,
            null,
            "POST",
            "/api/v1/tenants/" + KEY + "/aliases/" + SHOP + "/verification");
    assertThat(verified.statusCode()).as(verified.asString()).isEqualTo(200);
    assertThat(verified.<String>path("status")).isEqualTo("VERIFIED");
    String job = verified.path("job");
    call(support(), null, "GET", job).then().statusCode(200);
    awaitJob(job);
    assertThat(OktaOrgState.resourcesOf(KEY)).contains("TRUSTED_ORIGIN:" + KEY + "-origin-" + SHOP);
    assertThat(redirectUris(KEY, appId)).anyMatch(u -> u.startsWith("https://" + SHOP + "/efs"));
    call(support(), null, "GET", "/api/v1/tenants/" + KEY)
        .then()
        .body("aliases", hasItem(SHOP))
        .body("aliasClaims.alias", not(hasItem(SHOP)));
    // The rival's claim is gone: the first to prove got the alias.
    assertThat(claim(RIVAL, SHOP)).isNull();
    call(
            support(),
            spec(RIVAL, "verify-rival.example.com", SHOP),
            "PUT",
            "/api/v1/tenants/" + RIVAL)
        .then()
        .statusCode(409);

    // Audited with the proof.
    List<String> actions =
        given()
            .header("Authorization", support())
            .queryParam("tenant", KEY)
            .queryParam("action", "tenant.alias-verify")
            .get("/api/v1/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("items.after.proof");
    assertThat(actions).contains("dns");
  }

  @Test
  void publishedChallenge_isFoundByThePeriodicCheck() throws Exception {
    String key = "verify-auto";
    call(support(), spec(key, "verify-auto.example.com", AUTO), "POST", "/api/v1/tenants")
        .then()
        .statusCode(200);
    Map<String, Object> claim = claim(key, AUTO);
    assertThat(claim).isNotNull();
    assertThat(OktaOrgState.resourcesOf(key)).noneMatch(r -> r.contains(AUTO));
    dns.publishTxt((String) claim.get("record"), (String) claim.get("value"));
    long until = System.currentTimeMillis() + 30_000;
    while (claim(key, AUTO) != null && System.currentTimeMillis() < until) {
      Thread.sleep(250);
    }
    assertThat(claim(key, AUTO)).as("claim proven by the periodic check").isNull();
    call(support(), null, "GET", "/api/v1/tenants/" + key).then().body("aliases", hasItem(AUTO));
    until = System.currentTimeMillis() + 30_000;
    while (OktaOrgState.resourcesOf(key).stream().noneMatch(r -> r.contains(AUTO))
        && System.currentTimeMillis() < until) {
      Thread.sleep(250);
    }
    assertThat(OktaOrgState.resourcesOf(key)).contains("TRUSTED_ORIGIN:" + key + "-origin-" + AUTO);
  }

  @Test
  void adminApproval_needsAReason_andTheAdminRole() {
    String key = "verify-hand";
    call(support(), spec(key, "verify-hand.example.com", HAND), "POST", "/api/v1/tenants")
        .then()
        .statusCode(200);
    String path = "/api/v1/tenants/" + key + "/aliases/" + HAND + "/approval";
    call(support(), Map.of("reason", "known customer"), "POST", path).then().statusCode(403);
    call(Tokens.customer("hana", key), Map.of("reason", "trust me"), "POST", path)
        .then()
        .statusCode(403);
    call(Tokens.bearer("ada", "admin"), Map.of("reason", " "), "POST", path)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    call(
            Tokens.bearer("ada", "admin"),
            Map.of("reason", "contract 4711 names the domain"),
            "POST",
            path)
        .then()
        .statusCode(200)
        .body("status", equalTo("VERIFIED"));
    List<String> reasons =
        given()
            .header("Authorization", support())
            .queryParam("tenant", key)
            .queryParam("action", "tenant.alias-verify")
            .get("/api/v1/audit")
            .then()
            .extract()
            .path("items.after.reason");
    assertThat(reasons).contains("contract 4711 names the domain");
  }

  private static void awaitJob(String job) throws InterruptedException {
    long until = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < until) {
      String status = call(support(), null, "GET", job).path("status");
      if ("SUCCEEDED".equals(status) || "FAILED".equals(status)) {
        assertThat(status).isEqualTo("SUCCEEDED");
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("job " + job + " did not finish");
  }
}
