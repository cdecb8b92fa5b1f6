package io.oktaadapter.deployment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic of the real broker from its beginning, as a new consumer group would. */
final class TopicRecords {

  private TopicRecords() {}

  /**
   * Records whose ce_id matches, read until every id in {@code expected} was seen (and a second
   * longer, so that late duplicates show) or the timeout passed.
   */
  static List<ConsumerRecord<String, String>> read(
      String bootstrap,
      String topic,
      Predicate<String> idFilter,
      Set<String> expected,
      Duration timeout) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "container-test-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<String, String>> found = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + timeout.toNanos();
      long settleUntil = Long.MAX_VALUE;
      while (System.nanoTime() < Math.min(deadline, settleUntil)) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
          String id = header(record, "ce_id");
          if (id != null && idFilter.test(id)) {
            found.add(record);
          }
        }
        if (settleUntil == Long.MAX_VALUE
            && found.stream().map(r -> header(r, "ce_id")).toList().containsAll(expected)) {
          settleUntil = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        }
      }
    }
    return found;
  }

  static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
