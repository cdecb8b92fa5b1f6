package io.oktaadapter.adapters.out.okta;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.oktaadapter.adapters.out.okta.OktaSimulatorResource.InjectSimulator;
import io.oktaadapter.application.port.out.okta.OktaHookAuthentication;
import io.oktaadapter.application.port.out.okta.OktaHooks;
import io.oktaadapter.application.port.out.okta.OktaHooks.AuthHeader;
import io.oktaadapter.application.port.out.okta.OktaHooks.EventHookDetails;
import io.oktaadapter.application.port.out.okta.OktaHooks.InlineHookDetails;
import io.oktaadapter.application.port.out.okta.OktaUsers;
import io.oktaadapter.application.port.out.okta.OktaUsers.LifecycleAction;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.domain.hook.HookKind;
import io.oktaadapter.simulator.OktaSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = OktaSimulatorResource.class, restrictToAnnotatedClass = false)
class OktaUsersAndHooksTest {

  @Inject OktaUsers users;
  @Inject OktaHooks hooks;
  @Inject OktaHookAuthentication hookAuthentication;
  @InjectSimulator OktaSimulator simulator;

  private HttpServer hookEndpoint;
  private final Map<String, String> receivedAuth = new ConcurrentHashMap<>();

  @BeforeEach
  void resetOrg() throws IOException {
    simulator.reset();
    // Stands in for the adapter's hook endpoint: answers Okta's one-time verification.
    hookEndpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hookEndpoint.createContext(
        "/hooks/okta/events",
        exchange -> {
          String auth = exchange.getRequestHeaders().getFirst("Authorization");
          receivedAuth.put("events", auth == null ? "" : auth);
          String challenge = exchange.getRequestHeaders().getFirst("x-okta-verification-challenge");
          byte[] body =
              ("{\"verification\":\"" + challenge + "\"}").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    hookEndpoint.start();
  }

  @AfterEach
  void stopEndpoint() {
    hookEndpoint.stop(0);
  }

  @Test
  void givenExistingLogin_findByLogin_returnsTheUser() throws Exception {
    String id = createUser("jane@acme.example.com");

    var user = users.findByLogin("jane@acme.example.com").orElseThrow();

    assertThat(user.id().value()).isEqualTo(id);
    assertThat(users.findByLogin("nobody@acme.example.com")).isEmpty();
  }

  @Test
  void givenUser_clearSessions_revokesOauthTokensToo() throws Exception {
    var user = users.findByLogin(createUserLogin("joe@acme.example.com")).orElseThrow();

    users.clearSessions(user.id(), false);

    assertThat(simulator.sessionClears())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.userId()).isEqualTo(user.id().value());
              assertThat(c.oauthTokens()).isTrue();
              assertThat(c.forgetDevices()).isFalse();
            });
  }

  @Test
  void givenUser_clearSessionsForgettingDevices_sendsTheFlag() throws Exception {
    var user = users.findByLogin(createUserLogin("ann@acme.example.com")).orElseThrow();

    users.clearSessions(user.id(), true);

    assertThat(simulator.sessionClears())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.oauthTokens()).isTrue();
              assertThat(c.forgetDevices()).isTrue();
            });
  }

  @Test
  void givenActiveUser_suspend_makesItSuspended() throws Exception {
    var user = users.findByLogin(createUserLogin("sam@acme.example.com")).orElseThrow();

    users.apply(user.id(), LifecycleAction.SUSPEND);

    assertThat(users.findByLogin("sam@acme.example.com").orElseThrow().status())
        .isEqualTo("SUSPENDED");
  }

  @Test
  void givenEventHook_createThenVerify_makesItVerified() {
    var hook =
        hooks.createEventHook(
            new EventHookDetails(
                "okta-adapter-events",
                endpoint(),
                List.of("user.lifecycle.deactivate"),
                new AuthHeader("Authorization", "first-secret")));
    assertThat(hook.verification()).contains("UNVERIFIED");

    var verified = hooks.verifyEventHook(hook.id());

    assertThat(verified.verification()).contains("VERIFIED");
    assertThat(receivedAuth.get("events")).isEqualTo("first-secret");
    assertThat(hooks.listEventHooks()).extracting(h -> h.id()).containsExactly(hook.id());
  }

  @Test
  void givenEventHook_updateAuth_makesOktaSendTheNewSecret() {
    var hook =
        hooks.createEventHook(
            new EventHookDetails(
                "okta-adapter-events",
                endpoint(),
                List.of("user.lifecycle.deactivate"),
                new AuthHeader("Authorization", "first-secret")));

    hooks.updateEventHookAuth(hook.id(), new AuthHeader("Authorization", "second-secret"));
    hooks.verifyEventHook(hook.id());

    assertThat(receivedAuth.get("events")).isEqualTo("second-secret");
  }

  @Test
  void givenInlineHook_createActivateAndUpdateAuth_keepsItActive() {
    var hook =
        hooks.createInlineHook(
            new InlineHookDetails(
                "okta-adapter-token-hook",
                "com.okta.oauth2.tokens.transform",
                "http://127.0.0.1:9/hooks/okta/inline/token",
                new AuthHeader("Authorization", "first-secret")));

    hooks.activateInlineHook(hook.id());
    hooks.updateInlineHookAuth(hook.id(), new AuthHeader("Authorization", "second-secret"));

    assertThat(hooks.listInlineHooks())
        .singleElement()
        .satisfies(h -> assertThat(h.status()).isEqualTo("ACTIVE"));
  }

  @Test
  void givenAdaptersAndOthersHooks_rotateEventSecret_updatesOnlyTheAdaptersHook() {
    var ours =
        hooks.createEventHook(
            new EventHookDetails(
                "okta-adapter-events",
                endpoint(),
                List.of("user.lifecycle.deactivate"),
                new AuthHeader("Authorization", "first-secret")));
    hooks.createEventHook(
        new EventHookDetails(
            "someone-elses-hook",
            "https://siem.example.com/okta",
            List.of("user.lifecycle.deactivate"),
            new AuthHeader("Authorization", "their-secret")));
    AtomicInteger updates = new AtomicInteger();
    simulator.addExchangeListener(
        e -> {
          if (e.method().equals("PUT") && e.path().startsWith("/api/v1/eventHooks/")) {
            updates.incrementAndGet();
          }
        });

    hookAuthentication.updateAuthHeader(HookKind.EVENT, SecretValue.of("rotated-secret"));
    hooks.verifyEventHook(ours.id());

    assertThat(receivedAuth.get("events")).isEqualTo("rotated-secret");
    assertThat(updates).hasValue(1);
  }

  private String endpoint() {
    return "http://127.0.0.1:" + hookEndpoint.getAddress().getPort() + "/hooks/okta/events";
  }

  private String createUserLogin(String login) throws Exception {
    createUser(login);
    return login;
  }

  /** Users are created by Okta admins, not by the adapter: the test plays the admin. */
  private String createUser(String login) throws Exception {
    String body =
        """
        {"profile":{"firstName":"Test","lastName":"User","email":"%s","login":"%s"},
         "credentials":{"password":{"value":"Sup3r-secret-pw"}}}
        """
            .formatted(login, login);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/api/v1/users"))
                    .header("Authorization", "SSWS " + simulator.token())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body().replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }
}
