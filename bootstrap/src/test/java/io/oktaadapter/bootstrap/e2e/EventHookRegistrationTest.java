package io.oktaadapter.bootstrap.e2e;

import static io.oktaadapter.bootstrap.e2e.TopicReader.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.OktaSimulator;
import io.oktaadapter.simulator.hooks.HookResult;
import io.oktaadapter.simulator.hooks.SystemLogEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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

  private static String hookUri() {
    return "http://localhost:" + RestAssured.port + "/hooks/okta/events";
  }
}
