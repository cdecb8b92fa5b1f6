package io.oktaadapter.bootstrap.e2e;

import static io.oktaadapter.bootstrap.e2e.OktaDeliveries.delivery;
import static io.oktaadapter.bootstrap.e2e.OktaDeliveries.sparseEvent;
import static io.oktaadapter.bootstrap.e2e.OktaDeliveries.userEvent;
import static io.oktaadapter.bootstrap.e2e.TopicReader.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.okta.OktaResourceType;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TestTenantFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * End to end: Okta event-hook deliveries are authenticated, de-duplicated, stored and read back
 * from the real Kafka broker as CloudEvents, keyed by the affected user.
 */
@QuarkusTest
class EventHookToKafkaTest {

  private static final String TOPIC = "okta-adapter.identity-events";
  private static final String SECRET = TestHookSecrets.EVENT_SECRET;

  @Inject TenantRepository tenants;
  @Inject OktaResourceRepository resources;

  @Test
  void givenValidSecret_verificationGet_echoesTheChallenge() {
    given()
        .header("Authorization", SECRET)
        .header("X-Okta-Verification-Challenge", "fDJhXsGq7pmm0sakzu3Yc")
        .when()
        .get("/hooks/okta/events")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("verification", equalTo("fDJhXsGq7pmm0sakzu3Yc"));
  }

  @Test
  void givenWrongSecret_verificationGet_answers401() {
    given()
        .header("Authorization", "not-the-secret")
        .header("x-okta-verification-challenge", "abc")
        .when()
        .get("/hooks/okta/events")
        .then()
        .statusCode(401);
  }

  @Test
  void givenBatchForTwoUsers_delivery_publishesCloudEventsKeyedByUser() {
    String run = UUID.randomUUID().toString();
    String alice = "00u" + run.substring(0, 8) + "a";
    String bob = "00u" + run.substring(0, 8) + "b";
    List<String> events =
        List.of(
            userEvent(run + "-1", "user.session.start", alice, "2026-11-24T10:00:00.100Z"),
            userEvent(run + "-2", "user.lifecycle.deactivate", bob, "2026-11-24T10:00:00.200Z"),
            userEvent(run + "-3", "user.session.end", alice, "2026-11-24T10:00:00.300Z"));

    post(delivery("delivery-" + run, events)).then().statusCode(200).body(emptyString());

    List<ConsumerRecord<String, String>> records = published(run, 3);
    assertThat(records)
        .extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrder(alice, bob, alice);
    ConsumerRecord<String, String> deactivation =
        records.stream().filter(r -> r.key().equals(bob)).findFirst().orElseThrow();
    assertThat(header(deactivation, "ce_specversion")).isEqualTo("1.0");
    assertThat(header(deactivation, "ce_id")).isEqualTo(run + "-2");
    assertThat(header(deactivation, "ce_type")).isEqualTo("com.okta.user.lifecycle.deactivate");
    assertThat(header(deactivation, "ce_source")).isEqualTo(OktaDeliveries.ORG);
    assertThat(header(deactivation, "ce_subject")).isEqualTo(bob);
    assertThat(header(deactivation, "ce_time")).startsWith("2026-11-24T10:00:00.2");
    assertThat(deactivation.value())
        .contains("\"uuid\":\"" + run + "-2\"")
        .contains("\"debugContext\"");
    List<String> aliceOrder =
        records.stream().filter(r -> r.key().equals(alice)).map(r -> header(r, "ce_id")).toList();
    assertThat(aliceOrder).containsExactly(run + "-1", run + "-3");
  }

  @Test
  void givenTargetGroupRecordedForATenant_delivery_carriesTheTenantKeyExtension() {
    String run = UUID.randomUUID().toString();
    String tenant = "t" + run.substring(0, 8);
    String group = "00g" + run.substring(0, 8);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              tenants.save(TestTenantFactory.pendingTenant(tenant));
              resources.save(
                  new OktaResource(
                      OktaResourceType.GROUP,
                      OktaId.of(group),
                      tenant + "-users",
                      TenantKey.of(tenant),
                      null,
                      Fingerprint.of("users")));
            });
    String event =
        """
        {"uuid":"%s-1","published":"2026-11-24T10:00:00Z","eventType":"group.user_membership.add",
         "actor":{"id":"00uAdmin","type":"User"},
         "target":[{"id":"00uJane","type":"User"},{"id":"%s","type":"UserGroup"}],
         "outcome":{"result":"SUCCESS"}}
        """
            .formatted(run, group);

    post(delivery("d-" + run, List.of(event))).then().statusCode(200);

    ConsumerRecord<String, String> record = published(run, 1).get(0);
    assertThat(header(record, "ce_tenantkey")).isEqualTo(tenant);
    assertThat(record.key()).isEqualTo("00uJane");
  }

  @Test
  void givenRepeatedDeliveriesAndOktasRetry_events_arePublishedOnce() {
    String run = UUID.randomUUID().toString();
    String user = "00u" + run.substring(0, 10);
    String first = userEvent(run + "-1", "user.session.start", user, "2026-11-24T10:00:00Z");
    String second = userEvent(run + "-2", "user.session.end", user, "2026-11-24T10:00:01Z");

    post(delivery("d1-" + run, List.of(first))).then().statusCode(200);
    post(delivery("d1-" + run, List.of(first))).then().statusCode(200); // Okta's retry
    post(delivery("d2-" + run, List.of(second, first, second))).then().statusCode(200);

    assertThat(published(run, 2))
        .extracting(r -> header(r, "ce_id"))
        .containsExactly(run + "-1", run + "-2");
  }

  /**
   * Group commit (ADR 0017): concurrent deliveries share transactions. Each one is still answered
   * 200 only once stored, and an event repeated across concurrent deliveries is stored and
   * published once, whether it was new (second user) or known before (first user, whose events keep
   * their order).
   */
  @Test
  void givenConcurrentDeliveriesSharingEvents_events_areStoredAndPublishedOnce() throws Exception {
    String run = UUID.randomUUID().toString();
    int count = 40;
    List<String> known = events(run + "-a", "00uA" + run.substring(0, 8), count);
    List<String> fresh = events(run + "-b", "00uB" + run.substring(0, 8), count);
    for (int i = 0; i < count; i++) {
      post(delivery("seq-" + i + "-" + run, List.of(known.get(i)))).then().statusCode(200);
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int next = (i + 1) % count;
        String body =
            delivery(
                "par-" + i + "-" + run,
                List.of(known.get(i), fresh.get(i), known.get(next), fresh.get(next)));
        answers.add(pool.submit(() -> post(body).statusCode()));
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    // Exactly once each (the reader waits a little longer for strays).
    assertThat(published(run + "-a", count))
        .extracting(r -> header(r, "ce_id"))
        .containsExactlyElementsOf(ids(run + "-a", count));
    assertThat(published(run + "-b", count))
        .extracting(r -> header(r, "ce_id"))
        .containsExactlyInAnyOrderElementsOf(ids(run + "-b", count));
  }

  /**
   * A delivery the database refuses (a timestamp beyond PostgreSQL's range) answers 503 and does
   * not take the concurrent deliveries that share its batch down with it.
   */
  @Test
  void givenOneDeliveryTheDatabaseRefuses_concurrentDeliveries_areStillStored() throws Exception {
    String run = UUID.randomUUID().toString();
    List<String> good = events(run, "00uC" + run.substring(0, 8), 12);
    String refused =
        userEvent(
            run + "-x",
            "user.session.start",
            "00uD" + run.substring(0, 8),
            "+300000-01-01T00:00:00Z");
    ExecutorService pool = Executors.newFixedThreadPool(13);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      Future<Integer> refusedAnswer = null;
      for (int i = 0; i < good.size(); i++) {
        String body = delivery("g-" + i + "-" + run, List.of(good.get(i)));
        answers.add(pool.submit(() -> post(body).statusCode()));
        if (i == good.size() / 2) {
          String bad = delivery("x-" + run, List.of(refused));
          refusedAnswer = pool.submit(() -> post(bad).statusCode());
        }
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get()).isEqualTo(200);
      }
      assertThat(refusedAnswer.get()).isEqualTo(503);
    } finally {
      pool.shutdownNow();
    }
    assertThat(published(run + "-1", good.size()))
        .extracting(r -> header(r, "ce_id"))
        .containsExactlyInAnyOrderElementsOf(ids(run, good.size()));
  }

  private static List<String> events(String prefix, String user, int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                userEvent(
                    prefix + "-" + (1000 + i),
                    "user.session.start",
                    user,
                    Instant.parse("2026-11-24T10:00:00Z").plusSeconds(i).toString()))
        .toList();
  }

  private static List<String> ids(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> prefix + "-" + (1000 + i)).toList();
  }

  @Test
  void givenNullActorTargetAndDebugContext_delivery_isAcceptedAndPublished() {
    String run = UUID.randomUUID().toString();

    post(delivery(
            "d-" + run,
            List.of(sparseEvent(run + "-1", "system.import.start", "2026-11-24T10:00:00Z"))))
        .then()
        .statusCode(200);

    ConsumerRecord<String, String> record = published(run, 1).get(0);
    assertThat(record.key()).isEqualTo(run + "-1");
    assertThat(header(record, "ce_subject")).isEmpty();
  }

  @Test
  void givenWrongSecret_delivery_answers401AndStoresNothing() {
    String run = UUID.randomUUID().toString();

    given()
        .header("Authorization", "wrong")
        .contentType(ContentType.JSON)
        .body(
            delivery(
                "d-" + run,
                List.of(sparseEvent(run + "-1", "user.session.start", "2026-11-24T10:00:00Z"))))
        .when()
        .post("/hooks/okta/events")
        .then()
        .statusCode(401);

    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .queryParam("type", "user.session.start")
        .queryParam("limit", 500)
        .when()
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("uuid", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(run + "-1")));
  }

  @Test
  void givenTheLocalRunsDevelopmentSecret_delivery_isRefusedOutsideDev() {
    given()
        .header("Authorization", "local-event-hook-secret")
        .header("x-okta-verification-challenge", "abc")
        .when()
        .get("/hooks/okta/events")
        .then()
        .statusCode(401);
  }

  // Changed by issue 18: an event missing its eventType inside a readable envelope is now
  // quarantined on its own (EventQuarantineTest); only an unreadable envelope refuses the delivery.
  @Test
  void givenMalformedDelivery_delivery_answers400AndIsQuarantined() {
    String run = UUID.randomUUID().toString();
    String body =
        "{\"eventType\":\"com.okta.event_hook\",\"eventId\":\""
            + run
            + "\",\"data\":{\"events\":{\"uuid\":\""
            + run
            + "\"}}}";

    post(body).then().statusCode(400).body(containsString("data.events"));

    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .when()
        .get("/api/v1/events/quarantine")
        .then()
        .statusCode(200)
        .body("find { it.body.contains('" + run + "') }.reason", containsString("data.events"));
  }

  @Test
  void givenNotJson_delivery_answers400() {
    post("this is not json").then().statusCode(400).body(containsString("not valid JSON"));
  }

  @Test
  void givenPublishedEvents_redelivery_publishesThemAgainMarkedRedelivered() {
    String run = UUID.randomUUID().toString();
    String user = "00u" + run.substring(0, 10);
    Instant before = Instant.now().minusSeconds(1);
    post(delivery(
            "d-" + run,
            List.of(userEvent(run + "-1", "user.account.lock", user, "2026-11-24T10:00:00Z"))))
        .then()
        .statusCode(200);
    published(run, 1);

    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .contentType(ContentType.JSON)
        .body("{\"from\":\"" + before + "\",\"eventTypes\":[\"user.account.lock\"]}")
        .when()
        .post("/api/v1/events/redeliveries")
        .then()
        .statusCode(200)
        .body("queued", org.hamcrest.Matchers.greaterThanOrEqualTo(1));

    List<ConsumerRecord<String, String>> records = published(run, 2);
    assertThat(records).extracting(r -> header(r, "ce_redelivered")).containsExactly("", "true");
  }

  @Test
  void givenViewerRole_redelivery_isForbidden() {
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .contentType(ContentType.JSON)
        .body("{\"from\":\"2026-11-24T00:00:00Z\"}")
        .when()
        .post("/api/v1/events/redeliveries")
        .then()
        .statusCode(403);
  }

  @Test
  void givenStoredEvent_eventsApi_showsItPublished() {
    String run = UUID.randomUUID().toString();
    post(delivery(
            "d-" + run,
            List.of(
                userEvent(
                    run + "-1",
                    "user.account.update_profile",
                    "00u" + run.substring(0, 10),
                    "2026-11-24T10:00:00Z"))))
        .then()
        .statusCode(200);
    published(run, 1);

    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .queryParam("type", "user.account.update_profile")
        .when()
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("find { it.uuid == '" + run + "-1' }.status", equalTo("PUBLISHED"))
        .body("find { it.uuid == '" + run + "-1' }.deliveryId", equalTo("d-" + run));
  }

  static io.restassured.response.Response post(String body) {
    return given()
        .header("Authorization", SECRET)
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/hooks/okta/events");
  }

  private static List<ConsumerRecord<String, String>> published(String run, int expected) {
    return new ArrayList<>(
        TopicReader.await(TOPIC, r -> header(r, "ce_id").startsWith(run), expected));
  }
}
