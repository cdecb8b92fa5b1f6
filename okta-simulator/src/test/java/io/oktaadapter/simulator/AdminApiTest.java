package io.oktaadapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdminApiTest {
  private static OktaSimulator simulator;
  private static ApiClient api;
  private static ApiClient admin;

  @BeforeAll
  static void start() {
    simulator = OktaSimulator.builder().start();
    api = new ApiClient(simulator);
    admin = new ApiClient(simulator.baseUrl(), null);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void givenConfigUpdate_putConfig_changesTierAndLimits() {
    var reply =
        admin.put(
            "/__simulator/config", "{\"tier\":\"INTEGRATOR_FREE\",\"limits\":{\"GROUPS\":7}}");

    assertThat(reply.body().path("tier").asText()).isEqualTo("INTEGRATOR_FREE");
    assertThat(api.get("/api/v1/groups").header("X-Rate-Limit-Limit")).isEqualTo("7");
    assertThat(api.get("/api/v1/apps").header("X-Rate-Limit-Limit")).isEqualTo("20");
    admin.put("/__simulator/config", "{\"tier\":\"ENTERPRISE\"}");
  }

  @Test
  void givenFaultPostedThroughAdmin_nextMatchingCall_fails() {
    admin.post(
        "/__simulator/faults",
        "{\"operation\":\"GET /api/v1/apps\",\"nth\":1,\"type\":\"SERVER_ERROR\"}");

    var reply = api.get("/api/v1/apps");
    admin.delete("/__simulator/faults");

    assertThat(reply.status()).isEqualTo(500);
    assertThat(api.get("/api/v1/apps").status()).isEqualTo(200);
  }

  @Test
  void givenState_resetThroughAdmin_emptiesTheOrg() {
    api.post("/api/v1/groups", GroupsApiTest.group("to-forget"));

    var dumped = admin.get("/__simulator/state");
    var reset = admin.post("/__simulator/reset", null);

    assertThat(dumped.body().path("groups").toString()).contains("to-forget");
    assertThat(reset.status()).isEqualTo(204);
    assertThat(api.get("/api/v1/groups").body()).isEmpty();
  }

  @Test
  void givenSessionClear_getSessions_listsIt() {
    String id = api.post("/api/v1/users", Fixtures.user("s@example.com")).id();
    api.delete("/api/v1/users/" + id + "/sessions?oauthTokens=true");

    var sessions = admin.get("/__simulator/sessions");

    assertThat(sessions.body().toString()).contains(id).contains("\"oauthTokens\":true");
  }

  @Test
  void givenEventHook_deliverThroughAdminUnverified_reportsBadRequest() {
    String id = api.post("/api/v1/eventHooks", Fixtures.eventHook("h", "http://127.0.0.1:9/")).id();

    var reply = admin.post("/__simulator/event-hooks/" + id + "/deliveries", "{}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().path("error").asText()).contains("VERIFIED");
  }
}
