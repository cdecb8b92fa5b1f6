package io.oktaadapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResourceLifecycleTest {
  private static OktaSimulator simulator;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    simulator = OktaSimulator.builder().start();
    api = new ApiClient(simulator);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @BeforeEach
  void reset() {
    simulator.reset();
  }

  @Test
  void givenNewGroupRule_create_isInactiveUntilActivated() {
    String groupId = api.post("/api/v1/groups", GroupsApiTest.group("eng")).id();
    var rule = api.post("/api/v1/groups/rules", Fixtures.rule("eng-rule", groupId));

    var activation = api.post("/api/v1/groups/rules/" + rule.id() + "/lifecycle/activate", null);

    assertThat(rule.id()).startsWith("0pr");
    assertThat(rule.body().path("status").asText()).isEqualTo("INACTIVE");
    assertThat(activation.status()).isEqualTo(204);
    assertThat(api.get("/api/v1/groups/rules/" + rule.id()).body().path("status").asText())
        .isEqualTo("ACTIVE");
  }

  @Test
  void givenActiveGroupRule_delete_isRefusedUntilDeactivated() {
    String groupId = api.post("/api/v1/groups", GroupsApiTest.group("eng")).id();
    String ruleId = api.post("/api/v1/groups/rules", Fixtures.rule("r", groupId)).id();
    api.post("/api/v1/groups/rules/" + ruleId + "/lifecycle/activate", null);

    var refused = api.delete("/api/v1/groups/rules/" + ruleId);
    api.post("/api/v1/groups/rules/" + ruleId + "/lifecycle/deactivate", null);
    var deleted = api.delete("/api/v1/groups/rules/" + ruleId);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("errorCode").asText()).isEqualTo("E0000001");
    assertThat(deleted.status()).isEqualTo(202);
  }

  @Test
  void givenOidcApp_create_returnsClientIdSecretAndSettings() {
    var app = api.post("/api/v1/apps", Fixtures.oidcApp("Tenant A"));

    assertThat(app.id()).startsWith("0oa");
    assertThat(app.body().path("status").asText()).isEqualTo("ACTIVE");
    assertThat(app.body().at("/credentials/oauthClient/client_id").asText()).isEqualTo(app.id());
    assertThat(app.body().at("/credentials/oauthClient/client_secret").asText()).hasSize(40);
    assertThat(app.body().at("/settings/oauthClient/redirect_uris/0").asText())
        .isEqualTo("https://tenant.example.com/callback");
    assertThat(app.body().at("/settings/oauthClient/initiate_login_uri").asText())
        .isEqualTo("https://tenant.example.com/login");
  }

  @Test
  void givenAuthorizationCodeWithoutRedirects_createApp_returnsValidationError() {
    String body = Fixtures.oidcApp("x").replace("\"https://tenant.example.com/callback\"", "");

    var reply = api.post("/api/v1/apps", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().path("errorCode").asText()).isEqualTo("E0000001");
  }

  @Test
  void givenExplicitNullCredentials_createApp_treatsThemAsAbsent() {
    String body =
        Fixtures.oidcApp("nulls")
            .replaceFirst("\"credentials\":\\{.*?\\}\\},", "\"credentials\":null,");

    var reply = api.post("/api/v1/apps", body);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().at("/credentials/oauthClient/token_endpoint_auth_method").asText())
        .isEqualTo("client_secret_basic");
  }

  @Test
  void givenActiveApp_delete_isForbiddenUntilDeactivated() {
    String appId = api.post("/api/v1/apps", Fixtures.oidcApp("A")).id();

    var refused = api.delete("/api/v1/apps/" + appId);
    api.post("/api/v1/apps/" + appId + "/lifecycle/deactivate", null);
    var deleted = api.delete("/api/v1/apps/" + appId);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body().path("errorCode").asText()).isEqualTo("E0000056");
    assertThat(deleted.status()).isEqualTo(204);
  }

  @Test
  void givenAppAndGroup_assign_listsAndRemovesTheAssignment() {
    String appId = api.post("/api/v1/apps", Fixtures.oidcApp("A")).id();
    String groupId = api.post("/api/v1/groups", GroupsApiTest.group("g")).id();

    var assigned = api.put("/api/v1/apps/" + appId + "/groups/" + groupId, "{\"priority\":1}");
    var listed = api.get("/api/v1/apps/" + appId + "/groups");
    var removed = api.delete("/api/v1/apps/" + appId + "/groups/" + groupId);

    assertThat(assigned.body().path("id").asText()).isEqualTo(groupId);
    assertThat(listed.body()).hasSize(1);
    assertThat(removed.status()).isEqualTo(204);
    assertThat(api.get("/api/v1/apps/" + appId + "/groups/" + groupId).status()).isEqualTo(404);
  }

  @Test
  void givenAssignedGroup_deleteGroup_dropsItsAppAssignments() {
    String appId = api.post("/api/v1/apps", Fixtures.oidcApp("A")).id();
    String groupId = api.post("/api/v1/groups", GroupsApiTest.group("g")).id();
    api.put("/api/v1/apps/" + appId + "/groups/" + groupId, null);

    api.delete("/api/v1/groups/" + groupId);

    assertThat(api.get("/api/v1/apps/" + appId + "/groups").body()).isEmpty();
  }

  @Test
  void givenExistingOrigin_createSameOrigin_returnsValidationError() {
    var first = api.post("/api/v1/trustedOrigins", Fixtures.origin("a", "https://a.example.com"));
    var second = api.post("/api/v1/trustedOrigins", Fixtures.origin("b", "https://a.example.com"));

    assertThat(first.id()).startsWith("tos");
    assertThat(first.body().at("/scopes/1/type").asText()).isEqualTo("REDIRECT");
    assertThat(second.status()).isEqualTo(400);
    assertThat(second.body().path("errorCode").asText()).isEqualTo("E0000001");
  }

  @Test
  void givenMfaPolicy_createAndListByType_returnsItWithRules() {
    String groupId = api.post("/api/v1/groups", GroupsApiTest.group("g")).id();
    var policy = api.post("/api/v1/policies", Fixtures.mfaPolicy("tenant-mfa", groupId));
    var rule =
        api.post(
            "/api/v1/policies/" + policy.id() + "/rules",
            "{\"name\":\"enroll\",\"type\":\"MFA_ENROLL\",\"actions\":{\"enroll\":{\"self\":\"CHALLENGE\"}}}");

    var listed = api.get("/api/v1/policies?type=MFA_ENROLL");
    var untyped = api.get("/api/v1/policies");

    assertThat(policy.id()).startsWith("00p");
    assertThat(rule.id()).startsWith("0pr");
    assertThat(listed.body()).hasSize(1);
    assertThat(untyped.status()).isEqualTo(400);
  }

  @Test
  void givenUser_getByLoginAndClearSessions_recordsTheClear() {
    String id = api.post("/api/v1/users?activate=false", Fixtures.user("ada@example.com")).id();

    var byLogin = api.get("/api/v1/users/ada@example.com");
    var cleared = api.delete("/api/v1/users/" + id + "/sessions?oauthTokens=true");

    assertThat(byLogin.id()).isEqualTo(id).startsWith("00u");
    assertThat(byLogin.body().path("status").asText()).isEqualTo("STAGED");
    assertThat(cleared.status()).isEqualTo(204);
    assertThat(simulator.sessionClears())
        .singleElement()
        .satisfies(c -> assertThat(c.userId()).isEqualTo(id))
        .satisfies(c -> assertThat(c.oauthTokens()).isTrue());
  }

  @Test
  void givenUser_clearSessionsKeepingDevices_recordsForgetDevicesFalse() {
    String id = api.post("/api/v1/users?activate=false", Fixtures.user("bo@example.com")).id();

    var cleared =
        api.delete("/api/v1/users/" + id + "/sessions?oauthTokens=true&forgetDevices=false");
    var unknown = api.delete("/api/v1/users/00unknown/sessions?oauthTokens=true");

    assertThat(cleared.status()).isEqualTo(204);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(simulator.sessionClears())
        .singleElement()
        .satisfies(c -> assertThat(c.forgetDevices()).isFalse());
  }

  @Test
  void givenStagedUser_activateSuspendDeactivate_followsOktaStatuses() {
    String id = api.post("/api/v1/users?activate=false", Fixtures.user("bob@example.com")).id();

    api.post("/api/v1/users/" + id + "/lifecycle/activate?sendEmail=false", null);
    String afterActivate = api.get("/api/v1/users/" + id).body().path("status").asText();
    var suspendProvisioned = api.post("/api/v1/users/" + id + "/lifecycle/suspend", null);
    api.post("/api/v1/users/" + id + "/lifecycle/deactivate", null);

    assertThat(afterActivate).isEqualTo("PROVISIONED");
    assertThat(suspendProvisioned.status()).isEqualTo(400);
    assertThat(api.get("/api/v1/users/" + id).body().path("status").asText())
        .isEqualTo("DEPROVISIONED");
  }

  @Test
  void givenUsers_searchByProfile_returnsMatch() {
    api.post("/api/v1/users", Fixtures.user("ada@example.com"));
    api.post("/api/v1/users", Fixtures.user("bob@example.com"));

    var found = api.get("/api/v1/users?search=profile.login%20eq%20%22bob@example.com%22");

    assertThat(found.body()).hasSize(1);
    assertThat(found.body().get(0).at("/profile/login").asText()).isEqualTo("bob@example.com");
  }

  @Test
  void givenEventHook_create_isActiveUnverifiedAndHidesTheSecret() {
    var hook = api.post("/api/v1/eventHooks", Fixtures.eventHook("h", "http://127.0.0.1:9/x"));

    assertThat(hook.id()).startsWith("who");
    assertThat(hook.body().path("status").asText()).isEqualTo("ACTIVE");
    assertThat(hook.body().path("verificationStatus").asText()).isEqualTo("UNVERIFIED");
    assertThat(hook.body().at("/channel/config/authScheme/key").asText())
        .isEqualTo("Authorization");
    assertThat(hook.body().at("/channel/config/authScheme").has("value")).isFalse();
  }

  @Test
  void givenActiveInlineHook_delete_isRefusedUntilDeactivated() {
    String id =
        api.post(
                "/api/v1/inlineHooks",
                Fixtures.inlineHook(
                    "t", "com.okta.oauth2.tokens.transform", "http://127.0.0.1:9/t"))
            .id();

    var refused = api.delete("/api/v1/inlineHooks/" + id);
    var deactivated = api.post("/api/v1/inlineHooks/" + id + "/lifecycle/deactivate", null);
    var deleted = api.delete("/api/v1/inlineHooks/" + id);

    assertThat(id).startsWith("cal");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(deactivated.body().path("status").asText()).isEqualTo("INACTIVE");
    assertThat(deleted.status()).isEqualTo(204);
  }
}
