package io.oktaadapter.bootstrap.e2e;

import static io.oktaadapter.bootstrap.e2e.TopicReader.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.OktaSimulator;
import io.oktaadapter.simulator.RecordedExchange;
import io.oktaadapter.simulator.hooks.HookResult;
import io.oktaadapter.simulator.hooks.SystemLogEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * End to end with the Okta simulator playing Okta: the adapter registers its event hook in the org
 * with the secret from the secrets store, Okta verifies it by calling the adapter, then delivers
 * System Log events the way Okta does (batches, repeats) and they come out of Kafka once.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventHookRegistrationTest {

  private static String hookId;

  @Test
  @Order(1)
  void givenAdmin_register_createsTheHookInOktaAndOktaVerifiesIt() {
    hookId =
        given()
            .header("Authorization", Tokens.bearer("ada", "admin"))
            .contentType(ContentType.JSON)
            .body(
                "{\"uri\":\""
                    + hookUri()
                    + "\",\"eventTypes\":[\"user.session.start\",\"user.lifecycle.deactivate\"]}")
            .when()
            .put("/api/v1/event-hook")
            .then()
            .statusCode(200)
            .body("name", equalTo("okta-adapter"))
            .body("uri", equalTo(hookUri()))
            .body("status", equalTo("ACTIVE"))
            .body("verificationStatus", equalTo("VERIFIED"))
            .extract()
            .path("oktaId");

    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .when()
        .get("/api/v1/event-hook")
        .then()
        .statusCode(200)
        .body("oktaId", equalTo(hookId))
        .body("verificationStatus", equalTo("VERIFIED"));
  }

  @Test
  @Order(2)
  void givenVerifiedHook_oktaDeliversBatchesAndRepeats_eachEventIsPublishedOnce() throws Exception {
    OktaSimulator okta = OktaSimulatorTestResource.simulator();
    String user = "00u" + UUID.randomUUID().toString().substring(0, 12);
    List<ObjectNode> first =
        List.of(
            SystemLogEvents.userEvent("user.session.start", user, "jane@example.com"),
            SystemLogEvents.userEvent("user.lifecycle.deactivate", user, "jane@example.com"));
    ObjectNode third = SystemLogEvents.userEvent("user.session.start", user, "jane@example.com");

    HookResult delivered = okta.eventHooks().deliver(hookId, first).get(10, TimeUnit.SECONDS);
    HookResult repeated =
        okta.eventHooks().deliver(hookId, List.of(first.get(1), third)).get(10, TimeUnit.SECONDS);

    assertThat(delivered.success()).isTrue();
    assertThat(repeated.success()).isTrue();
    List<String> uuids = new ArrayList<>();
    first.forEach(e -> uuids.add(e.get("uuid").asText()));
    uuids.add(third.get("uuid").asText());
    List<ConsumerRecord<String, String>> records =
        TopicReader.await(
            "okta-adapter.identity-events", r -> uuids.contains(header(r, "ce_id")), 3);
    assertThat(records).extracting(r -> header(r, "ce_id")).containsExactlyElementsOf(uuids);
    assertThat(records).extracting(ConsumerRecord::key).containsOnly(user);
  }

  @Test
  @Order(3)
  void givenViewer_register_isForbidden() {
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .contentType(ContentType.JSON)
        .body("{\"uri\":\"" + hookUri() + "\"}")
        .when()
        .put("/api/v1/event-hook")
        .then()
        .statusCode(403);
  }

  @Test
  @Order(4)
  void givenInvalidRegistration_register_namesEachOffendingField() {
    given()
        .header("Authorization", Tokens.bearer("ada", "admin"))
        .contentType(ContentType.JSON)
        .body(
            "{\"uri\":\"https://adapter.example.com/elsewhere\",\"eventTypes\":[\"Not An Event\"]}")
        .when()
        .put("/api/v1/event-hook")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("uri"))
        .body("errors.field", hasItem("eventTypes[0]"));
  }

  @Test
  @Order(5)
  void givenGeneratedBadUris_register_refusesEachNamingUriAndNothingReachesOkta() {
    List<String> bad = badUris(new Random(18_5L), RestAssured.port);
    AtomicInteger hookCalls = new AtomicInteger();
    Consumer<RecordedExchange> listener =
        x -> {
          if (x.path().contains("/eventHooks")) {
            hookCalls.incrementAndGet();
          }
        };
    OktaSimulator okta = OktaSimulatorTestResource.simulator();
    okta.addExchangeListener(listener);
    List<String> accepted = new ArrayList<>();
    try {
      for (String uri : bad) {
        var response =
            given()
                .header("Authorization", Tokens.bearer("ada", "admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("uri", uri))
                .when()
                .put("/api/v1/event-hook");
        if (response.statusCode() != 400
            || !response.contentType().startsWith("application/problem+json")
            || !response.jsonPath().getList("errors.field").contains("uri")) {
          accepted.add(uri + " -> " + response.statusCode());
        }
      }
    } finally {
      okta.removeExchangeListener(listener);
    }
    System.out.println("Event-hook registration: " + bad.size() + " generated bad URIs tried");
    assertThat(bad).hasSizeGreaterThan(100);
    assertThat(accepted).as("bad URIs not refused with 400 naming uri").isEmpty();
    assertThat(hookCalls.get()).as("event-hook calls that reached Okta").isZero();
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .queryParam("action", "event-hook.register")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items[0].after.outcome", equalTo("REFUSED"))
        .body("items[0].after.fields", hasItem("uri"))
        .body("items[0].after.uri", nullValue());
  }

  @Test
  @Order(6)
  void givenVerificationFails_register_removesTheNewHookKeepsTheOldOneAndAudits() {
    List<String> before = adapterHookIds();
    assertThat(before).contains(hookId);

    var response =
        given()
            .header("Authorization", Tokens.bearer("ada", "admin"))
            .contentType(ContentType.JSON)
            .body(Map.of("uri", "http://localhost:1/hooks/okta/events"))
            .when()
            .put("/api/v1/event-hook");

    assertThat(response.statusCode()).isBetween(400, 599).isNotEqualTo(500);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(adapterHookIds()).containsExactlyInAnyOrderElementsOf(before);
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/event-hook")
        .then()
        .statusCode(200)
        .body("oktaId", equalTo(hookId))
        .body("verificationStatus", equalTo("VERIFIED"));
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .queryParam("action", "event-hook.register")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items[0].actor.id", equalTo("ada"))
        .body("items[0].after.outcome", equalTo("FAILED"))
        .body("items[0].after.rollbackFailed", equalTo(false));
  }

  @Test
  @Order(7)
  void givenValidUri_register_isAuditedAsRegistered() {
    given()
        .header("Authorization", Tokens.bearer("ada", "admin"))
        .contentType(ContentType.JSON)
        .body(Map.of("uri", hookUri()))
        .when()
        .put("/api/v1/event-hook")
        .then()
        .statusCode(200)
        .body("oktaId", equalTo(hookId));
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .queryParam("action", "event-hook.register")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items[0].target.id", equalTo(hookId))
        .body("items[0].after.outcome", equalTo("REGISTERED"))
        .body("items[0].after.uri", equalTo(hookUri()));
  }

  /** Ids of the hooks named like the adapter's in the simulator's org. */
  private static List<String> adapterHookIds() {
    JsonNode state;
    try {
      state = new ObjectMapper().readTree(OktaSimulatorTestResource.simulator().dumpState());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode hook : state.path("eventHooks").findParents("verificationStatus")) {
      if ("okta-adapter".equals(hook.path("name").asText())) {
        ids.add(hook.path("id").asText());
      }
    }
    return ids;
  }

  /**
   * Bad hook URIs, generated from a seed: each class (scheme, query, fragment, user info, hosts off
   * the list, IP literals, odd casing, path tricks) with random parts. Hosts on the test list are
   * localhost (plain http allowed against the simulator) and adapter.test (https only).
   */
  static List<String> badUris(Random random, int port) {
    String path = "/hooks/okta/events";
    String good = "https://adapter.test" + path;
    String local = "http://localhost:" + port + path;
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String word = word(random);
      out.add("http://adapter.test" + path);
      out.add(
          List.of("ftp", "ws", "wss", "file", "gopher", "javascript").get(random.nextInt(6))
              + "://adapter.test"
              + path);
      out.add(good + "?" + word + "=" + word(random));
      out.add(local + "?" + word);
      out.add(good + "?");
      out.add(good + "#" + word);
      out.add(local + "#");
      out.add("https://" + word + "@adapter.test" + path);
      out.add("https://" + word + ":" + word(random) + "@adapter.test" + path);
      out.add("http://" + word + "@localhost:" + port + path);
      out.add("https://" + word + ".example.com" + path);
      out.add("https://adapter.test." + word + ".com" + path);
      out.add("https://" + word + ".adapter.test" + path);
      out.add("https://adapter.test" + word + path);
      out.add("http://localhost." + word + path);
      out.add(
          "https://"
              + random.nextInt(256)
              + "."
              + random.nextInt(256)
              + "."
              + random.nextInt(256)
              + "."
              + random.nextInt(256)
              + path);
      out.add("http://127.0.0." + (1 + random.nextInt(254)) + ":" + port + path);
      out.add("https://[::" + Integer.toHexString(1 + random.nextInt(0xffff)) + "]" + path);
      out.add("https://[::1]:" + port + path);
      out.add(oddCase(random, "https") + "://adapter.test" + path);
      out.add("https://" + oddCase(random, "adapter.test") + path);
      out.add("http://" + oddCase(random, "localhost") + ":" + port + path);
      out.add("https://adapter.test/" + word + path.substring(1) + "/..");
      out.add("https://adapter.test/" + word + "/.." + path);
      out.add("https://adapter.test/hooks/okta/%65vents");
      out.add("https://adapter.test/" + word);
      out.add("//adapter.test" + path);
      out.add("adapter.test" + path);
      out.add("https://adapter.test" + path + " " + word);
    }
    return out.stream().distinct().toList();
  }

  private static String word(Random random) {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      b.append((char) ('a' + random.nextInt(26)));
    }
    return b.toString();
  }

  /** The text with at least one letter upper-cased. */
  private static String oddCase(Random random, String text) {
    char[] c = text.toCharArray();
    int forced = random.nextInt(c.length);
    while (!Character.isLetter(c[forced])) {
      forced = (forced + 1) % c.length;
    }
    for (int i = 0; i < c.length; i++) {
      if (i == forced || random.nextBoolean()) {
        c[i] = Character.toUpperCase(c[i]);
      }
    }
    return new String(c);
  }

  private static String hookUri() {
    return "http://localhost:" + RestAssured.port + "/hooks/okta/events";
  }
}
