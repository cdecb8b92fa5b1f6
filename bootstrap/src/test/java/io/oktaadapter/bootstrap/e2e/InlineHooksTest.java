package io.oktaadapter.bootstrap.e2e;

import static io.oktaadapter.bootstrap.e2e.InlineHookFixtures.membershipEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.application.port.in.secrets.VerifyHookSecretUseCase;
import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.service.secrets.HookSecretCache;
import io.oktaadapter.domain.hook.HookKind;
import io.oktaadapter.simulator.OktaSimulator;
import io.oktaadapter.simulator.hooks.HookResult;
import io.oktaadapter.simulator.hooks.InlineHookRequests;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: the inline hooks answer from the read model built from the real database and from
 * event-hook deliveries; the Okta simulator calls them the way Okta does.
 */
@QuarkusTest
class InlineHooksTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ORG = "https://acme-test.okta.com";
  private static final String ACME_CLIENT = "0oaAcmeInlineClient0";
  private static final String GLOBEX_CLIENT = "0oaGlobexInlineClnt0";
  private static final String JANE = "00uJaneInline0000000";
  private static final String BOB = "00uBobInline00000000";
  private static OktaSimulator simulator;
  private static boolean seeded;

  @Inject TenantRepository tenants;
  @Inject OktaResourceRepository resources;
  @Inject EntityManager em;
  @Inject HookSecretCache secretCache;
  @Inject VerifyHookSecretUseCase verifySecret;

  @TestHTTPResource("/hooks/okta/inline/token")
  URL tokenHook;

  @BeforeEach
  void seed() throws Exception {
    if (seeded) {
      return;
    }
    InlineHookFixtures.tenantWithApp(
        tenants, resources, "acme-inline", ACME_CLIENT, "00gAcmeInlineUsers0");
    InlineHookFixtures.tenantWithApp(
        tenants, resources, "globex-inline", GLOBEX_CLIENT, "00gGlobexInlineUser0");
    InlineHookFixtures.registrationDomain(em, "acme-people.example", "acme-inline");
    String delivery =
        OktaDeliveries.delivery(
            "inline-seed",
            List.of(
                membershipEvent(
                    "inline-seed-1",
                    "group.user_membership.add",
                    JANE,
                    "jane@acme-people.example",
                    "00gAcmeInlineUsers0",
                    "2026-11-24T10:00:00.000Z"),
                membershipEvent(
                    "inline-seed-2",
                    "group.user_membership.add",
                    BOB,
                    "bob@globex.example",
                    "00gGlobexInlineUser0",
                    "2026-11-24T10:00:00.000Z")));
    EventHookToKafkaTest.post(delivery).then().statusCode(200);
    awaitReadModel();
    seeded = true;
  }

  // The read model is refreshed by a background job; wait until Jane's membership is visible.
  private static void awaitReadModel() throws Exception {
    long until = System.currentTimeMillis() + 15_000;
    while (System.currentTimeMillis() < until) {
      JsonNode answer = call("token", InlineHookRequests.token(ORG, JANE, "jane@x", ACME_CLIENT));
      if (answer.has("commands") && answer.get("commands").size() > 0) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the read model never showed the seeded membership");
  }

  @AfterAll
  static void stopSimulator() {
    if (simulator != null) {
      simulator.close();
    }
  }

  @Test
  void givenMemberOfTheAppTenant_simulatorCallsTokenHook_addsTenantClaimsToBothTokens()
      throws Exception {
    String hookId = registerInSimulator("com.okta.oauth2.tokens.transform", tokenHook.toString());

    HookResult result =
        simulator
            .inlineHooks()
            .call(
                hookId,
                InlineHookRequests.token(ORG, JANE, "jane@acme-people.example", ACME_CLIENT))
            .get(10, TimeUnit.SECONDS);

    assertThat(result.success()).isTrue();
    assertThat(result.attempts()).hasSize(1);
    JsonNode body = InlineHookShape.assertConforms("token", result.body());
    assertThat(body.at("/commands/0/type").asText()).isEqualTo("com.okta.identity.patch");
    assertThat(body.at("/commands/0/value/0/path").asText()).isEqualTo("/claims/tenant");
    assertThat(body.at("/commands/0/value/0/value").asText()).isEqualTo("acme-inline");
    assertThat(body.at("/commands/1/type").asText()).isEqualTo("com.okta.access.patch");
  }

  @Test
  void givenSecretsNotCached_tokenHook_readsThemOffTheIoThreadThenAnswersFromMemory()
      throws Exception {
    secretCache.invalidate(HookKind.INLINE);
    assertThat(verifySecret.verifiesFromMemory(HookKind.INLINE)).isFalse();

    // The first call reads the secret store on a worker thread; the next ones need no I/O.
    for (int i = 0; i < 2; i++) {
      JsonNode body =
          call(
              "token",
              InlineHookRequests.token(ORG, JANE, "jane@acme-people.example", ACME_CLIENT));
      assertThat(body.at("/commands/0/value/0/value").asText()).isEqualTo("acme-inline");
      assertThat(verifySecret.verifiesFromMemory(HookKind.INLINE)).isTrue();
    }
  }

  @Test
  void givenUserOfAnotherTenant_tokenHook_refusesWithAnErrorAndNoClaims() throws Exception {
    JsonNode body =
        call("token", InlineHookRequests.token(ORG, BOB, "bob@globex.example", ACME_CLIENT));

    InlineHookShape.assertConforms("token", body.toString());
    assertThat(body.has("commands")).isFalse();
    assertThat(body.at("/error/errorSummary").asText()).contains("not a member");
  }

  @Test
  void givenUnknownUser_tokenHook_refusesWithAnError() throws Exception {
    JsonNode body =
        call(
            "token",
            InlineHookRequests.token(ORG, "00uStranger000000000", "x@y.example", GLOBEX_CLIENT));

    assertThat(body.has("error")).isTrue();
  }

  @Test
  void givenListedDomain_registrationHook_allowsAndSetsTheTenant() throws Exception {
    JsonNode body =
        call(
            "registration",
            InlineHookRequests.registration(
                ORG, Map.of("email", "new.person@ACME-people.example", "login", "np")));

    InlineHookShape.assertConforms("registration", body.toString());
    assertThat(body.at("/commands/0/type").asText()).isEqualTo("com.okta.user.profile.update");
    assertThat(body.at("/commands/0/value/tenant").asText()).isEqualTo("acme-inline");
    assertThat(body.at("/commands/1/value/registration").asText()).isEqualTo("ALLOW");
  }

  @Test
  void givenUnlistedDomain_registrationHook_deniesWithAnEndUserMessage() throws Exception {
    JsonNode body =
        call(
            "registration",
            InlineHookRequests.registration(ORG, Map.of("email", "eve@evil.example")));

    InlineHookShape.assertConforms("registration", body.toString());
    assertThat(body.at("/commands/0/value/registration").asText()).isEqualTo("DENY");
    assertThat(body.at("/error/errorCauses/0/domain").asText()).isEqualTo("end-user");
  }

  @Test
  void givenKnownOktaUser_importHook_linksToThatUser() throws Exception {
    ObjectNode request =
        InlineHookRequests.userImport(
            ORG, ACME_CLIENT, Map.of("login", "Jane@Acme-People.example"));

    JsonNode body = call("import", request);

    InlineHookShape.assertConforms("import", body.toString());
    assertThat(body.at("/commands/0/value/result").asText()).isEqualTo("LINK_USER");
    assertThat(body.at("/commands/1/value/id").asText()).isEqualTo(JANE);
  }

  @Test
  void givenUserOfAnotherTenant_importHook_neverLinksNorCreates() throws Exception {
    // Bob is a member of globex-inline; an import into acme-inline's application must not take
    // him, whatever case his login arrives in (the token and SAML hooks' cross-tenant rule).
    JsonNode body =
        call(
            "import",
            InlineHookRequests.userImport(ORG, ACME_CLIENT, Map.of("login", "BOB@Globex.example")));

    InlineHookShape.assertConforms("import", body.toString());
    assertThat(body.has("commands")).isFalse();
    assertThat(body.toString()).doesNotContain("LINK_USER").doesNotContain(BOB);
    assertThat(body.at("/error/errorSummary").asText()).contains("not linked");

    // His own tenant's application links him.
    JsonNode own =
        call(
            "import",
            InlineHookRequests.userImport(
                ORG, GLOBEX_CLIENT, Map.of("login", "bob@globex.example")));
    assertThat(own.at("/commands/0/value/result").asText()).isEqualTo("LINK_USER");
    assertThat(own.at("/commands/1/value/id").asText()).isEqualTo(BOB);
  }

  @Test
  void givenUserOfAnotherTenant_samlHook_refusesWithAnErrorAndNoAttributes() throws Exception {
    ObjectNode request = InlineHookRequests.saml(ORG, BOB, "bob@globex.example");
    ((ObjectNode) request.path("data").path("context"))
        .putObject("protocol")
        .putObject("issuer")
        .put("id", ACME_CLIENT);

    JsonNode body = call("saml", request);

    InlineHookShape.assertConforms("saml", body.toString());
    assertThat(body.has("commands")).isFalse();
    assertThat(body.at("/error/errorSummary").asText()).contains("not a member");
  }

  @Test
  void givenNewUser_importHook_createsWithTenantAndNormalisedLogin() throws Exception {
    JsonNode body =
        call(
            "import",
            InlineHookRequests.userImport(
                ORG, ACME_CLIENT, Map.of("login", "New.One@Acme.example")));

    assertThat(body.at("/commands/0/value/result").asText()).isEqualTo("CREATE_USER");
    assertThat(body.at("/commands/1/value/tenant").asText()).isEqualTo("acme-inline");
    assertThat(body.at("/commands/1/value/login").asText()).isEqualTo("new.one@acme.example");
  }

  @Test
  void givenLegacyHashes_passwordImportHook_verifiesEachSchemeAndNeverLogsThePassword()
      throws Exception {
    String password = "Leg@cy-Pa55word-" + System.nanoTime();
    InlineHookFixtures.legacyCredential(
        em, "b@legacy.example", "bcrypt", InlineHookFixtures.bcrypt(password));
    InlineHookFixtures.legacyCredential(
        em, "p@legacy.example", "pbkdf2-sha256", InlineHookFixtures.pbkdf2(password));
    InlineHookFixtures.legacyCredential(
        em, "s@legacy.example", "sha256-salted", InlineHookFixtures.saltedSha256(password));
    List<String> logs = new CopyOnWriteArrayList<>();
    Handler capture = capture(logs);
    // Every log record, and the decision log's own (it does not pass its lines to the root's).
    List<Logger> watched =
        List.of(Logger.getLogger(""), Logger.getLogger("io.oktaadapter.inline.decisions"));
    watched.forEach(l -> l.addHandler(capture));
    try {
      for (String login : List.of("b@legacy.example", "P@Legacy.example", "s@legacy.example")) {
        assertThat(credential(login, password)).as(login).isEqualTo("VERIFIED");
      }
      assertThat(credential("b@legacy.example", password + "x")).isEqualTo("UNVERIFIED");
      assertThat(credential("nobody@legacy.example", password)).isEqualTo("UNVERIFIED");
      // Decision lines are written in batches, a few tens of milliseconds later.
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (logs.stream().filter(l -> l.contains("decision type=password-import")).count() < 5
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    } finally {
      watched.forEach(l -> l.removeHandler(capture));
    }
    assertThat(String.join("\n", logs).split("\n"))
        .as("each decision was logged")
        .filteredOn(l -> l.contains("decision type=password-import"))
        .hasSize(5);
    assertThat(String.join("\n", logs)).doesNotContain(password);
  }

  @Test
  void givenNoMessagingService_telephonyHook_answersSoOktaUsesItsOwnProviders() throws Exception {
    JsonNode body =
        call(
            "telephony",
            InlineHookRequests.telephony(ORG, JANE, "jane@x", "+15555550100", "123456"));

    InlineHookShape.assertConforms("telephony", body.toString());
    assertThat(body.has("error")).isTrue();
  }

  @Test
  void givenWrongSecret_anyInlineHook_answers401() {
    given()
        .header("Authorization", "wrong")
        .contentType(ContentType.JSON)
        .body("{}")
        .when()
        .post("/hooks/okta/inline/token")
        .then()
        .statusCode(401);
  }

  @Test
  void givenDevelopmentSecretOutsideDev_inlineHook_answers401() {
    given()
        .header("Authorization", "local-inline-hook-secret")
        .contentType(ContentType.JSON)
        .body("{}")
        .when()
        .post("/hooks/okta/inline/saml")
        .then()
        .statusCode(401);
  }

  private static String credential(String login, String password) throws Exception {
    JsonNode body =
        call("password-import", InlineHookRequests.passwordImport(ORG, login, password));
    InlineHookShape.assertConforms("password-import", body.toString());
    return body.at("/commands/0/value/credential").asText();
  }

  static JsonNode call(String hook, ObjectNode request) throws Exception {
    String body =
        given()
            .header("Authorization", TestHookSecrets.INLINE_SECRET)
            .contentType(ContentType.JSON)
            .body(JSON.writeValueAsString(request))
            .when()
            .post("/hooks/okta/inline/" + hook)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return JSON.readTree(body);
  }

  private static String registerInSimulator(String type, String uri) {
    if (simulator == null) {
      simulator = OktaSimulator.builder().token("inline-test-token").start();
    }
    String hook =
        """
        {"name":"adapter %s","type":"%s","version":"1.0.0",
         "channel":{"type":"HTTP","version":"1.0.0","config":{"uri":"%s",
           "authScheme":{"type":"HEADER","key":"Authorization","value":"%s"}}}}
        """
            .formatted(type, type, uri, TestHookSecrets.INLINE_SECRET);
    return given()
        .baseUri(simulator.baseUrl())
        .header("Authorization", "SSWS " + simulator.token())
        .contentType(ContentType.JSON)
        .body(hook)
        .when()
        .post("/api/v1/inlineHooks")
        .then()
        .statusCode(200)
        .extract()
        .path("id");
  }

  private static Handler capture(List<String> into) {
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            String message =
                record instanceof ExtLogRecord ext
                    ? ext.getFormattedMessage()
                    : record.getMessage();
            into.add(record.getLoggerName() + " " + message);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    handler.setLevel(Level.ALL);
    return handler;
  }
}
