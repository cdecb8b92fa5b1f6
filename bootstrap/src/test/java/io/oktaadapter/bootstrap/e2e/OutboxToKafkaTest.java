package io.oktaadapter.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.in.messaging.RelayOutboxUseCase;
import io.oktaadapter.application.port.out.messaging.EventStream;
import io.oktaadapter.application.port.out.messaging.OutboundEvent;
import io.oktaadapter.application.port.out.messaging.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * End to end: events written to the outbox in a transaction are read back from the real Kafka
 * broker as CloudEvents, once each and in order per key, even with several relays at work.
 */
@QuarkusTest
class OutboxToKafkaTest {

  private static final String TOPIC = "okta-adapter.tenant-events";

  @Inject Outbox outbox;
  @Inject RelayOutboxUseCase relay;

  @Test
  void givenCommittedEvent_relay_publishesCloudEventWithKeyAndAttributes() {
    String run = UUID.randomUUID().toString();
    QuarkusTransaction.requiringNew()
        .run(() -> outbox.append(event("tenant-" + run, run + "-1", Map.of("tenantkey", "acme"))));

    ConsumerRecord<String, String> record = consumeFor(run, 1).get(0);

    assertThat(record.key()).isEqualTo("tenant-" + run);
    assertThat(record.value()).isEqualTo("{\"n\":\"" + run + "-1\"}");
    assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
    assertThat(header(record, "ce_id")).isEqualTo(run + "-1");
    assertThat(header(record, "ce_type")).isEqualTo("io.oktaadapter.test.happened");
    assertThat(header(record, "ce_source")).isEqualTo("urn:okta-adapter:test");
    assertThat(header(record, "ce_subject")).isEqualTo("subject-" + run);
    assertThat(header(record, "ce_tenantkey")).isEqualTo("acme");
    assertThat(header(record, "ce_time")).startsWith("2026-11-24T10:00");
  }

  @Test
  void givenRolledBackTransaction_relay_publishesNothingForIt() {
    String run = UUID.randomUUID().toString();
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                outbox.append(event("k-" + run, run + "-rolled-back", Map.of()));
                throw new IllegalStateException("business rule broken");
              });
    } catch (IllegalStateException expected) {
      // the change and its event roll back together
    }
    QuarkusTransaction.requiringNew()
        .run(() -> outbox.append(event("k-" + run, run + "-kept", Map.of())));

    List<ConsumerRecord<String, String>> records = consumeFor(run, 1);

    assertThat(records).extracting(r -> header(r, "ce_id")).containsExactly(run + "-kept");
  }

  @Test
  void givenManyEventsAndThreeRelays_publishesEachOnceInOrderPerKey() throws Exception {
    String run = UUID.randomUUID().toString();
    int keys = 8;
    int perKey = 25;
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (int i = 0; i < perKey; i++) {
                for (int k = 0; k < keys; k++) {
                  outbox.append(event("user-" + k + "-" + run, run + "-" + k + "-" + i, Map.of()));
                }
              }
            });
    // Two more relays besides the application's own background relay.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Callable<Integer> drain =
        () -> {
          int total = 0;
          for (int i = 0; i < 50; i++) {
            total += QuarkusTransaction.requiringNew().call(relay::relayNextBatch);
          }
          return total;
        };
    List<Future<Integer>> relays = List.of(pool.submit(drain), pool.submit(drain));
    for (Future<Integer> f : relays) {
      f.get();
    }
    pool.shutdown();

    List<ConsumerRecord<String, String>> records = consumeFor(run, keys * perKey);

    Map<String, List<Integer>> sequenceByKey = new LinkedHashMap<>();
    for (ConsumerRecord<String, String> r : records) {
      String[] id = header(r, "ce_id").split("-");
      sequenceByKey
          .computeIfAbsent(r.key(), x -> new ArrayList<>())
          .add(Integer.parseInt(id[id.length - 1]));
    }
    assertThat(records).extracting(r -> header(r, "ce_id")).doesNotHaveDuplicates();
    assertThat(sequenceByKey).hasSize(keys);
    sequenceByKey.values().forEach(seq -> assertThat(seq).isSorted().hasSize(perKey));
  }

  @Test
  void givenRecordTooLargeForKafka_relay_deadLettersANoteAndPublishesTheNextEventOfTheKey() {
    String run = UUID.randomUUID().toString();
    String huge = "{\"blob\":\"" + "x".repeat(1_200_000) + "\"}";
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              outbox.append(
                  new OutboundEvent(
                      EventStream.TENANT_EVENTS,
                      "k-" + run,
                      run + "-huge",
                      URI.create("urn:okta-adapter:test"),
                      "io.oktaadapter.test.happened",
                      null,
                      Instant.parse("2026-11-24T10:00:00Z"),
                      Map.of(),
                      huge));
              outbox.append(event("k-" + run, run + "-after", Map.of()));
            });

    assertThat(consumeFor(run, 1))
        .extracting(r -> header(r, "ce_id"))
        .containsExactly(run + "-after");
    ConsumerRecord<String, String> note =
        TopicReader.await(TOPIC + ".dlq", r -> r.value().contains(run + "-huge"), 1).get(0);
    assertThat(note.key()).isEqualTo("k-" + run);
    assertThat(header(note, "dead-letter-reason")).contains("RecordTooLarge");
    assertThat(note.value()).contains("\"dataBytes\":1200011").doesNotContain("xxxx");
  }

  private static List<ConsumerRecord<String, String>> consumeFor(String run, int expected) {
    return TopicReader.await(TOPIC, r -> header(r, "ce_id").startsWith(run), expected);
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    return TopicReader.header(record, name);
  }

  private static OutboundEvent event(String key, String id, Map<String, String> extensions) {
    return new OutboundEvent(
        EventStream.TENANT_EVENTS,
        key,
        id,
        URI.create("urn:okta-adapter:test"),
        "io.oktaadapter.test.happened",
        "subject-" + key.substring(key.indexOf('-') + 1),
        Instant.parse("2026-11-24T10:00:00Z"),
        extensions,
        "{\"n\":\"" + id + "\"}");
  }
}
