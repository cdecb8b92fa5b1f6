package io.oktaadapter.bootstrap.e2e;

import io.oktaadapter.testing.KafkaBroker;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Test helper: reads records back from the real broker with KafkaCompanion. */
final class TopicReader {

  private TopicReader() {}

  /**
   * Reads the topic from the beginning until {@code expected} records match, then waits a little
   * longer so that stray duplicates would show, and returns every matching record.
   */
  static List<ConsumerRecord<String, String>> await(
      String topic, Predicate<ConsumerRecord<String, String>> matching, int expected) {
    return await(topic, matching, expected, Duration.ofSeconds(30));
  }

  static List<ConsumerRecord<String, String>> await(
      String topic,
      Predicate<ConsumerRecord<String, String>> matching,
      int expected,
      Duration timeout) {
    List<ConsumerRecord<String, String>> found = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaCompanion kafka = new KafkaCompanion(KafkaBroker.shared().bootstrapServers())) {
      ConsumerTask<String, String> task =
          kafka
              .consumeStrings()
              .withProp("auto.offset.reset", "earliest")
              .withGroupId("test-" + UUID.randomUUID())
              .fromTopics(topic);
      try {
        while (System.nanoTime() < deadline) {
          if (matches(task, matching, found) >= expected) {
            Thread.sleep(500);
            matches(task, matching, found);
            return found;
          }
          Thread.sleep(100);
        }
      } finally {
        task.close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new AssertionError(
        "expected " + expected + " matching records on " + topic + ", got " + found.size());
  }

  static String header(ConsumerRecord<String, String> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static int matches(
      ConsumerTask<String, String> task,
      Predicate<ConsumerRecord<String, String>> matching,
      List<ConsumerRecord<String, String>> found) {
    found.clear();
    task.getRecords().stream().filter(matching).forEach(found::add);
    return found.size();
  }
}
