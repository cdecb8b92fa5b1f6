package io.oktaadapter.bootstrap.e2e;

import static io.oktaadapter.bootstrap.e2e.OktaDeliveries.delivery;
import static io.oktaadapter.bootstrap.e2e.OktaDeliveries.userEvent;
import static io.oktaadapter.bootstrap.e2e.TopicReader.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * End to end, through the real Kafka broker and PostgreSQL: one bad event of a delivery is
 * quarantined on its own and costs its neighbours nothing; operators reprocess (published once) or
 * discard quarantine entries, audited.
 */
@QuarkusTest
class EventQuarantineTest {

  private static final String TOPIC = "okta-adapter.identity-events";

  @Test
  void givenValidAndEachKindOfMalformedEvent_delivery_storesTheValidAndQuarantinesEachBadOne() {
    String run = UUID.randomUUID().toString();
    String user = "00u" + run.substring(0, 10);
    String badPublished =
        userEvent(run + "-bad-published", "user.session.start", user, "yesterday at noon");
    String noUuid =
        userEvent(run + "-x", "user.session.start", user, "2026-11-24T10:00:00Z")
            .replace("\"uuid\":\"" + run + "-x\",", "");
    String noType =
        userEvent(run + "-no-type", "user.session.start", user, "2026-11-24T10:00:00Z")
            .replace("\"eventType\":\"user.session.start\",", "");
    String notAnObject = "[\"" + run + "\"]";
    String deliveryId = "d-" + run;
    String body =
        delivery(
            deliveryId,
            List.of(
                userEvent(run + "-1", "user.session.start", user, "2026-11-24T10:00:00Z"),
                badPublished,
                noUuid,
                userEvent(run + "-2", "user.session.end", user, "2026-11-24T10:00:01Z"),
                noType,
                notAnObject));

    EventHookToKafkaTest.post(body).then().statusCode(200);
    EventHookToKafkaTest.post(body).then().statusCode(200); // Okta's retry changes nothing

    List<ConsumerRecord<String, String>> records = published(run, 2);
    assertThat(records).extracting(r -> header(r, "ce_id")).containsExactly(run + "-1", run + "-2");
    List<Map<String, Object>> entries = entriesOf(deliveryId);
    assertThat(entries)
        .extracting(e -> e.get("eventIndex"), e -> e.get("kind"), e -> e.get("status"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(1, "EVENT", "QUARANTINED"),
            org.assertj.core.groups.Tuple.tuple(2, "EVENT", "QUARANTINED"),
            org.assertj.core.groups.Tuple.tuple(4, "EVENT", "QUARANTINED"),
            org.assertj.core.groups.Tuple.tuple(5, "EVENT", "QUARANTINED"));
    assertThat(reason(entries, 1)).contains("data.events[1].published");
    assertThat(reason(entries, 2)).contains("data.events[2].uuid");
    assertThat(reason(entries, 4)).contains("data.events[4].eventType");
    assertThat(reason(entries, 5)).contains("data.events[5]").contains("object");
    assertThat(entry(entries, 1).get("eventUuid")).isEqualTo(run + "-bad-published");
    assertThat(entry(entries, 1).get("source")).asString().startsWith(OktaDeliveries.ORG);
  }

  @Test
  void givenQuarantinedEvent_reprocessingACorrectedOne_publishesItOnceAndIsAudited() {
    String run = UUID.randomUUID().toString();
    String user = "00u" + run.substring(0, 10);
    String deliveryId = "d-" + run;
    EventHookToKafkaTest.post(
            delivery(
                deliveryId,
                List.of(
                    userEvent(run + "-1", "user.session.start", user, "2026-11-24T10:00:00Z"),
                    userEvent(run + "-2", "user.account.lock", user, "not a time"))))
        .then()
        .statusCode(200);
    published(run, 1);
    long id = ((Number) entry(entriesOf(deliveryId), 1).get("id")).longValue();

    // Still invalid: refused naming the field, and the entry stays quarantined.
    reprocess(id, null, "sam", "support")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("published"));
    // A viewer may not.
    reprocess(id, corrected(run, user), "vera", "viewer").then().statusCode(403);
    assertThat(entry(entriesOf(deliveryId), 1).get("status")).isEqualTo("QUARANTINED");

    reprocess(id, corrected(run, user), "sam", "support")
        .then()
        .statusCode(200)
        .body("status", equalTo("REPROCESSED"))
        .body("accepted", equalTo(1));
    reprocess(id, corrected(run, user), "sam", "support")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");

    List<ConsumerRecord<String, String>> records = published(run, 2);
    assertThat(records).extracting(r -> header(r, "ce_id")).containsExactly(run + "-1", run + "-2");
    assertThat(header(records.get(1), "ce_source")).isEqualTo(OktaDeliveries.ORG);
    Map<String, Object> resolved = entry(entriesOf(deliveryId), 1);
    assertThat(resolved.get("status")).isEqualTo("REPROCESSED");
    assertThat(resolved.get("resolvedBy")).isEqualTo("sam");
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .queryParam("action", "event-quarantine.reprocess")
        .when()
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items.find { it.target.id == '" + id + "' }.actor.id", equalTo("sam"));
  }

  @Test
  void givenQuarantinedEvent_discarding_needsAReasonAndIsAudited() {
    String run = UUID.randomUUID().toString();
    String deliveryId = "d-" + run;
    EventHookToKafkaTest.post(delivery(deliveryId, List.of("42", "\"" + run + "\"")))
        .then()
        .statusCode(200);
    long id = ((Number) entry(entriesOf(deliveryId), 0).get("id")).longValue();

    discard(id, "{}").then().statusCode(400).body("errors[0].field", equalTo("reason"));
    discard(id, "{\"reason\":\"test noise\",\"status\":\"QUARANTINED\"}")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    discard(id, "{\"reason\":\"test noise\"}")
        .then()
        .statusCode(200)
        .body("status", equalTo("DISCARDED"));
    discard(id, "{\"reason\":\"again\"}").then().statusCode(409);
    discard(999_999_999L, "{\"reason\":\"x\"}").then().statusCode(404);

    Map<String, Object> e = entry(entriesOf(deliveryId), 0);
    assertThat(e.get("status")).isEqualTo("DISCARDED");
    assertThat(e.get("resolution")).isEqualTo("test noise");
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .queryParam("action", "event-quarantine.discard")
        .when()
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items.find { it.target.id == '" + id + "' }.after.reason", equalTo("test noise"));
  }

  @Test
  void givenUnreadableEnvelope_delivery_is400AndQuarantinedWhole_andReprocessesOnceCorrected() {
    String run = UUID.randomUUID().toString();
    String user = "00u" + run.substring(0, 10);
    String broken = "{\"eventId\":\"" + run + "\",\"data\":{\"events\":\"none\"}}";

    EventHookToKafkaTest.post(broken).then().statusCode(400).body(containsString("data.events"));

    List<Map<String, Object>> all = quarantine();
    Map<String, Object> entry =
        all.stream()
            .filter(e -> String.valueOf(e.get("body")).contains(run))
            .findFirst()
            .orElseThrow();
    assertThat(entry.get("kind")).isEqualTo("DELIVERY");
    long id = ((Number) entry.get("id")).longValue();
    String fixed =
        delivery(
            "d-" + run,
            List.of(userEvent(run + "-1", "user.session.start", user, "2026-11-24T10:00:00Z")));

    reprocess(id, fixed, "sam", "support").then().statusCode(200).body("accepted", equalTo(1));

    assertThat(published(run, 1)).extracting(r -> header(r, "ce_id")).containsExactly(run + "-1");
  }

  private static String corrected(String run, String user) {
    return userEvent(run + "-2", "user.account.lock", user, "2026-11-24T10:00:02Z");
  }

  private static io.restassured.response.Response reprocess(
      long id, String correctedJson, String name, String role) {
    var request =
        given().header("Authorization", Tokens.bearer(name, role)).contentType(ContentType.JSON);
    if (correctedJson != null) {
      request = request.body("{\"correctedBody\":" + correctedJson + "}");
    }
    return request.when().post("/api/v1/events/quarantine/" + id + "/reprocessing");
  }

  private static io.restassured.response.Response discard(long id, String body) {
    return given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/events/quarantine/" + id + "/discarding");
  }

  private static List<Map<String, Object>> quarantine() {
    JsonPath json =
        given()
            .header("Authorization", Tokens.bearer("vera", "viewer"))
            .queryParam("limit", 500)
            .when()
            .get("/api/v1/events/quarantine")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return json.getList("$");
  }

  private static List<Map<String, Object>> entriesOf(String deliveryId) {
    return quarantine().stream().filter(e -> deliveryId.equals(e.get("deliveryId"))).toList();
  }

  private static Map<String, Object> entry(List<Map<String, Object>> entries, int index) {
    return entries.stream()
        .filter(e -> Integer.valueOf(index).equals(e.get("eventIndex")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry for event " + index + ": " + entries));
  }

  private static String reason(List<Map<String, Object>> entries, int index) {
    return String.valueOf(entry(entries, index).get("reason"));
  }

  private static List<ConsumerRecord<String, String>> published(String run, int expected) {
    List<ConsumerRecord<String, String>> found =
        TopicReader.await(
            TOPIC, r -> header(r, "ce_id").startsWith(run), expected, Duration.ofSeconds(30));
    // exactly once: nothing more arrives for this run
    assertThat(found).hasSize(expected);
    return found;
  }
}
