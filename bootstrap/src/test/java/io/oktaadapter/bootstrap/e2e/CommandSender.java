package io.oktaadapter.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.testing.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Test helper: sends commands to the real broker and reads their results back. */
final class CommandSender {

  static final String COMMANDS = "okta-adapter.commands";
  static final String RESULTS = "okta-adapter.command-results";
  static final String DLQ = "okta-adapter.commands.dlq";
  static final String TYPE = "io.oktaadapter.command.";
  static final String SOURCE = "urn:service:helpdesk";

  private static KafkaProducer<String, String> producer;

  private CommandSender() {}

  static String newId() {
    return "cmd-" + UUID.randomUUID();
  }

  /** Sends a command in CloudEvents binary mode: ce_* headers, JSON data as value. */
  static void send(String key, String id, String shortType, String source, String data) {
    ProducerRecord<String, String> record = new ProducerRecord<>(COMMANDS, key, data);
    header(record, "ce_specversion", "1.0");
    if (id != null) {
      header(record, "ce_id", id);
    }
    header(record, "ce_type", TYPE + shortType);
    header(record, "ce_source", source);
    header(record, "content-type", "application/json");
    sendRaw(record);
  }

  /** Sends a record as is (for structured mode and poison). */
  static void sendRaw(ProducerRecord<String, String> record) {
    try {
      producer().send(record).get(10, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError("could not send to Kafka", e);
    }
  }

  static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Waits for exactly {@code expected} results of the command and returns them in order. */
  static List<ConsumerRecord<String, String>> results(String id, int expected) {
    List<ConsumerRecord<String, String>> found =
        TopicReader.await(
            RESULTS, r -> id.equals(TopicReader.header(r, "ce_correlationid")), expected);
    assertThat(found).as("results of " + id).hasSize(expected);
    return found;
  }

  /** Waits for the final result (finished or failed) of a command, after any accepted one. */
  static ConsumerRecord<String, String> finalResult(String id, int expected) {
    List<ConsumerRecord<String, String>> found = results(id, expected);
    return found.get(found.size() - 1);
  }

  static String type(ConsumerRecord<String, String> record) {
    return TopicReader.header(record, "ce_type");
  }

  private static synchronized KafkaProducer<String, String> producer() {
    if (producer == null) {
      Properties p = new Properties();
      p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers());
      p.put(ProducerConfig.ACKS_CONFIG, "all");
      p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      producer = new KafkaProducer<>(p);
    }
    return producer;
  }
}
