package io.oktaadapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.oktaadapter.simulator.hooks.HookResult;
import io.oktaadapter.simulator.hooks.InlineHookRequests;
import io.oktaadapter.simulator.hooks.SystemLogEvents;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HookCallerTest {
  private OktaSimulator simulator;
  private ApiClient api;
  private HookEndpoint endpoint;

  @BeforeEach
  void start() throws Exception {
    simulator = OktaSimulator.builder().hookTimeout(Duration.ofMillis(1000)).start();
    api = new ApiClient(simulator);
    endpoint = new HookEndpoint();
  }

  @AfterEach
  void stop() {
    endpoint.close();
    simulator.close();
  }

  private String verifiedEventHook() {
    String id = api.post("/api/v1/eventHooks", Fixtures.eventHook("h", endpoint.url())).id();
    endpoint.then(200, 0, null);
    api.post("/api/v1/eventHooks/" + id + "/lifecycle/verify", null);
    endpoint.received.clear();
    return id;
  }

  private HookResult deliver(String hookId) {
    var event = SystemLogEvents.userEvent("user.lifecycle.deactivate", "00u1", "ada@example.com");
    return simulator.eventHooks().deliver(hookId, List.of(event)).join();
  }

  @Test
  void givenEchoingEndpoint_verifyThroughApi_sendsChallengeGetAndMarksHookVerified() {
    String id = api.post("/api/v1/eventHooks", Fixtures.eventHook("h", endpoint.url())).id();
    endpoint.then(200, 0, null);

    var reply = api.post("/api/v1/eventHooks/" + id + "/lifecycle/verify", null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().path("verificationStatus").asText()).isEqualTo("VERIFIED");
    var request = endpoint.received.get(0);
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.header("x-okta-verification-challenge")).isNotBlank();
    assertThat(request.header("Authorization")).isEqualTo("hook-secret");
    assertThat(request.header("X-Extra")).isEqualTo("extra");
  }

  @Test
  void givenEndpointNotEchoing_verifyThroughApi_returns400AndStaysUnverified() {
    String id = api.post("/api/v1/eventHooks", Fixtures.eventHook("h", endpoint.url())).id();
    endpoint.then(200, 0, "{}");

    var reply = api.post("/api/v1/eventHooks/" + id + "/lifecycle/verify", null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(api.get("/api/v1/eventHooks/" + id).body().path("verificationStatus").asText())
        .isEqualTo("UNVERIFIED");
  }

  @Test
  void givenVerifiedHook_deliver_postsEnvelopeWithAuthHeader() throws Exception {
    String id = verifiedEventHook();

    HookResult result = deliver(id);

    assertThat(result.success()).isTrue();
    assertThat(result.attempts()).hasSize(1);
    var request = endpoint.received.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.header("Authorization")).isEqualTo("hook-secret");
    var body = new ObjectMapper().readTree(request.body());
    assertThat(body.path("eventType").asText()).isEqualTo("com.okta.event_hook");
    assertThat(body.path("cloudEventsVersion").asText()).isEqualTo("0.1");
    assertThat(body.path("source").asText()).endsWith("/api/v1/eventHooks/" + id);
    assertThat(body.at("/data/events/0/eventType").asText()).isEqualTo("user.lifecycle.deactivate");
  }

  @Test
  void givenEndpointFailingWith500Once_deliver_retriesOnceAndSucceeds() {
    String id = verifiedEventHook();
    endpoint.then(500, 0, "").then(200, 0, "");

    HookResult result = deliver(id);

    assertThat(result.success()).isTrue();
    assertThat(result.attempts()).extracting(a -> a.status()).containsExactly(500, 200);
  }

  @Test
  void givenEndpointAnswering400_deliver_doesNotRetry() {
    String id = verifiedEventHook();
    endpoint.then(400, 0, "").then(200, 0, "");

    HookResult result = deliver(id);

    assertThat(result.success()).isFalse();
    assertThat(result.attempts()).hasSize(1);
    assertThat(endpoint.received).hasSize(1);
  }

  @Test
  void givenSlowEndpoint_deliver_timesOutAndRetriesOnce() {
    String id = verifiedEventHook();
    endpoint.then(200, 1500, "").then(200, 0, "");

    HookResult result = deliver(id);

    assertThat(result.success()).isTrue();
    assertThat(result.attempts()).hasSize(2);
    assertThat(result.attempts().get(0).failure()).isEqualTo("TIMEOUT");
  }

  @Test
  void givenUnverifiedHook_deliver_isRefusedAsOktaWouldNotSend() {
    String id = api.post("/api/v1/eventHooks", Fixtures.eventHook("h", endpoint.url())).id();

    assertThatThrownBy(() -> deliver(id)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void givenTokenInlineHookFailingWith500_call_isNeverRetried() {
    String type = "com.okta.oauth2.tokens.transform";
    String id =
        api.post("/api/v1/inlineHooks", Fixtures.inlineHook("t", type, endpoint.url())).id();
    endpoint.then(500, 0, "").then(200, 0, "{}");
    var body = InlineHookRequests.token(simulator.baseUrl(), "00u1", "ada@example.com", "0oa1");

    HookResult result = simulator.inlineHooks().call(id, body).join();

    assertThat(result.success()).isFalse();
    assertThat(result.attempts()).hasSize(1);
    assertThat(endpoint.received.get(0).header("Authorization")).isEqualTo("inline-secret");
  }

  @Test
  void givenRegistrationInlineHookFailingWith500_call_retriesOnceAndReturnsCommands()
      throws Exception {
    String type = "com.okta.user.pre-registration";
    String id =
        api.post("/api/v1/inlineHooks", Fixtures.inlineHook("r", type, endpoint.url())).id();
    String commands =
        "{\"commands\":[{\"type\":\"com.okta.action.update\",\"value\":{\"registration\":\"DENY\"}}]}";
    endpoint.then(500, 0, "").then(200, 0, commands);
    var body = InlineHookRequests.registration(simulator.baseUrl(), Map.of("email", "a@b.c"));

    HookResult result = simulator.inlineHooks().call(id, body).join();

    assertThat(result.success()).isTrue();
    assertThat(result.attempts()).hasSize(2);
    assertThat(result.body()).contains("com.okta.action.update");
    var sent = new ObjectMapper().readTree(endpoint.received.get(1).body());
    assertThat(sent.path("eventType").asText()).isEqualTo(type);
    assertThat(sent.path("cloudEventVersion").asText()).isEqualTo("0.1");
    assertThat(sent.at("/data/userProfile/email").asText()).isEqualTo("a@b.c");
  }

  @Test
  void givenVerifiedHook_deliveryThroughAdminApi_postsGeneratedEventAndReportsAttempts()
      throws Exception {
    String id = verifiedEventHook();
    var admin = new ApiClient(simulator.baseUrl(), null);

    var reply =
        admin.post(
            "/__simulator/event-hooks/" + id + "/deliveries",
            "{\"eventType\":\"user.lifecycle.suspend\",\"userId\":\"00u9\",\"login\":\"x@y.z\"}");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().path("success").asBoolean()).isTrue();
    assertThat(reply.body().path("attempts")).hasSize(1);
    var sent = new ObjectMapper().readTree(endpoint.received.get(0).body());
    assertThat(sent.at("/data/events/0/eventType").asText()).isEqualTo("user.lifecycle.suspend");
    assertThat(sent.at("/data/events/0/target/0/id").asText()).isEqualTo("00u9");
  }

  @Test
  void givenInlineHook_callThroughAdminApi_returnsTheHookAnswer() {
    String type = "com.okta.user.credential.password.import";
    String id =
        api.post("/api/v1/inlineHooks", Fixtures.inlineHook("p", type, endpoint.url())).id();
    String verified =
        "{\"commands\":[{\"type\":\"com.okta.action.update\",\"value\":{\"credential\":\"VERIFIED\"}}]}";
    endpoint.then(200, 0, verified);
    var admin = new ApiClient(simulator.baseUrl(), null);
    String body =
        InlineHookRequests.passwordImport(simulator.baseUrl(), "ada@example.com", "secret")
            .toString();

    var reply = admin.post("/__simulator/inline-hooks/" + id + "/calls", body);

    assertThat(reply.body().path("success").asBoolean()).isTrue();
    assertThat(reply.body().path("body").asText()).contains("VERIFIED");
    assertThat(endpoint.received.get(0).body()).contains("\"password\":\"secret\"");
  }

  @Test
  void givenInlineHook_executeThroughManagementApi_returnsTheHookReply() {
    String type = "com.okta.saml.tokens.transform";
    String id =
        api.post("/api/v1/inlineHooks", Fixtures.inlineHook("s", type, endpoint.url())).id();
    endpoint.then(200, 0, "{\"commands\":[]}");
    String body =
        InlineHookRequests.saml(simulator.baseUrl(), "00u1", "ada@example.com").toString();

    var reply = api.post("/api/v1/inlineHooks/" + id + "/execute", body);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().path("commands").isArray()).isTrue();
    assertThat(endpoint.received.get(0).body()).contains("com.okta.saml.tokens.transform");
  }
}
