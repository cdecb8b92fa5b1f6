package io.oktaadapter.bootstrap.e2e;

import static io.oktaadapter.bootstrap.e2e.OktaDeliveries.delivery;
import static io.oktaadapter.bootstrap.e2e.OktaDeliveries.userEvent;
import static io.oktaadapter.bootstrap.e2e.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.testing.KafkaBroker;
import io.oktaadapter.testing.PostgresServer;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * End to end: the real broker and the real database go down in the middle of a stream of
 * deliveries. Nothing acknowledged to Okta is lost, and nothing is acknowledged that was not
 * stored.
 */
@QuarkusTest
class InfrastructureOutageTest {

  private static final String TOPIC = "okta-adapter.identity-events";

  @Test
  void givenBrokerStoppedMidStream_acknowledgedEvents_areAllPublishedAfterRestart()
      throws Exception {
    String run = UUID.randomUUID().toString();
    KafkaBroker broker = KafkaBroker.shared();
    List<String> expected = new ArrayList<>();
    try {
      deliver(run, 0, 10, expected);
      broker.stop();
      deliver(run, 10, 30, expected); // still acknowledged: PostgreSQL holds the backlog
      Thread.sleep(2000);
    } finally {
      broker.restart();
    }

    List<ConsumerRecord<String, String>> records =
        TopicReader.await(
            TOPIC,
            r -> header(r, "ce_id").startsWith(run),
            expected.size(),
            Duration.ofSeconds(90));

    Set<String> publishedIds = new LinkedHashSet<>();
    Map<String, List<Integer>> firstSeenOrderByUser = new LinkedHashMap<>();
    for (ConsumerRecord<String, String> r : records) {
      String id = header(r, "ce_id");
      if (publishedIds.add(id)) {
        firstSeenOrderByUser.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(sequence(id));
      }
    }
    assertThat(publishedIds).containsExactlyInAnyOrderElementsOf(expected);
    firstSeenOrderByUser.values().forEach(seq -> assertThat(seq).isSorted());
  }

  @Test
  void givenDatabaseStopped_delivery_answers503InTimeAndIsStoredOnOktasRetry() throws Exception {
    PostgresServer pg = PostgresServer.shared();
    Assumptions.assumeTrue(
        pg.isEmbedded(),
        "skipped: the tests use an external PostgreSQL ("
            + PostgresServer.EXTERNAL_URL_ENV
            + "), which this test cannot stop");
    String run = UUID.randomUUID().toString();
    String body =
        delivery(
            "d-" + run,
            List.of(
                userEvent(
                    run + "-1",
                    "user.session.start",
                    "00u" + run.substring(0, 8),
                    "2026-11-24T10:00:00Z")));
    int status;
    long took;
    try {
      pg.stop();
      long start = System.nanoTime();
      status = EventHookToKafkaTest.post(body).statusCode();
      took = Duration.ofNanos(System.nanoTime() - start).toMillis();
    } finally {
      pg.restart();
    }

    assertThat(status).isEqualTo(503);
    assertThat(took).isLessThan(3000);
    // Okta retries a 5xx once; the pool reconnects to the restarted server.
    int retried = 0;
    for (int attempt = 0; attempt < 20 && retried != 200; attempt++) {
      retried = EventHookToKafkaTest.post(body).statusCode();
      if (retried != 200) {
        Thread.sleep(500);
      }
    }
    assertThat(retried).isEqualTo(200);
    assertThat(TopicReader.await(TOPIC, r -> header(r, "ce_id").startsWith(run), 1)).hasSize(1);
  }

  private static void deliver(String run, int from, int to, List<String> expected) {
    for (int i = from; i < to; i++) {
      String user = "00u" + run.substring(0, 8) + (i % 3);
      String id = run + "-" + i;
      EventHookToKafkaTest.post(
              delivery(
                  "d-" + id,
                  List.of(userEvent(id, "user.session.start", user, "2026-11-24T10:00:00Z"))))
          .then()
          .statusCode(200);
      expected.add(id);
    }
  }

  private static int sequence(String id) {
    return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
  }
}
