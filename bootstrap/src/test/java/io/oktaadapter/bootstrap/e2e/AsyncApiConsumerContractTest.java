package io.oktaadapter.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.oktaadapter.testing.KafkaBroker;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract: every record on every topic the adapter publishes (the channels of {@code
 * docs/asyncapi.yaml} other than the commands it receives) is read back from the real broker and
 * checked against the document as a consumer would: CloudEvents channels through the CloudEvents
 * SDK's Kafka binding (binary mode, {@code content-type} as datacontenttype), then every record's
 * headers and value against the message's JSON Schemas. Runs after the other Quarkus test classes
 * (own profile, last {@link Order}, see {@link OrderThenClassName}), so it reads what the whole
 * suite published; it also sends a valid and a refused command itself, so that it has records to
 * check when run alone.
 */
@QuarkusTest
@TestProfile(AsyncApiConsumerContractTest.LastInSuite.class)
@Order(Integer.MAX_VALUE)
class AsyncApiConsumerContractTest {
  /** Its own profile puts this class in its own group, which its order puts after the others. */
  public static final class LastInSuite implements QuarkusTestProfile {}

  private static final Path DOCUMENT =
      Path.of("..", "docs", "asyncapi.yaml").toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyPublishedRecord_matchesTheAsyncApiDocument() throws Exception {
    String valid = CommandSender.newId();
    CommandSender.send(
        "contract", valid, "user.sessions.clear", CommandSender.SOURCE, "{\"login\":\"x@y.z\"}");
    String refused = CommandSender.newId();
    CommandSender.send(
        "contract", refused, "user.sessions.clear", CommandSender.SOURCE, "not json " + refused);
    CommandSender.finalResult(valid, 1);
    CommandSender.finalResult(refused, 1);

    JsonNode document = new YAMLMapper().readTree(DOCUMENT.toFile());
    // The document (and the files it references) served to the validator from disk, YAML as JSON.
    SchemaRegistry schemas =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(AsyncApiConsumerContractTest::readAsJson));
    Map<String, Integer> readPerTopic = new LinkedHashMap<>();
    List<String> violations = new ArrayList<>();
    for (var channel : document.path("channels").properties()) {
      String mode = channel.getValue().path("x-content-mode").asText();
      if (mode.isEmpty() || mode.startsWith("cloudevents-binary-or")) {
        continue; // received, not published
      }
      String topic = channel.getValue().path("address").asText();
      String ref = channel.getValue().path("messages").elements().next().path("$ref").asText();
      String message = ref.substring(ref.lastIndexOf('/') + 1);
      Schema headers = schema(schemas, message, "headers");
      Schema payload = mode.equals("copy") ? null : schema(schemas, message, "payload");
      List<ConsumerRecord<String, byte[]>> records = readAll(topic);
      readPerTopic.put(topic, records.size());
      for (ConsumerRecord<String, byte[]> record : records) {
        String where = topic + "@" + record.partition() + ":" + record.offset() + ": ";
        check(record, mode, headers, payload).forEach(v -> violations.add(where + v));
      }
    }
    System.out.println("AsyncAPI consumer contract, records read per topic: " + readPerTopic);

    assertThat(readPerTopic)
        .as("every published channel of the document")
        .containsKeys(
            "okta-adapter.identity-events",
            "okta-adapter.tenant-events",
            "okta-adapter.command-results",
            "okta-adapter.commands.dlq");
    assertThat(readPerTopic.get("okta-adapter.command-results")).isPositive();
    assertThat(readPerTopic.get("okta-adapter.commands.dlq")).isPositive();
    assertThat(violations)
        .as("records violating %s (%s records read)", DOCUMENT.getFileName(), readPerTopic)
        .isEmpty();
  }

  private static List<String> check(
      ConsumerRecord<String, byte[]> record, String mode, Schema headers, Schema payload) {
    List<String> violations = new ArrayList<>();
    ObjectNode headerObject = JSON.createObjectNode();
    for (Header header : record.headers()) {
      if (headerObject.has(header.key())) {
        violations.add("header " + header.key() + " appears more than once");
      }
      headerObject.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
    }
    if (mode.equals("cloudevents-binary")) {
      try {
        var reader = KafkaMessageFactory.createReader(record);
        if (reader.getEncoding() != Encoding.BINARY) {
          violations.add("not a CloudEvent in binary mode: " + reader.getEncoding());
        }
        CloudEvent event = reader.toEvent();
        if (!"application/json".equals(event.getDataContentType())) {
          violations.add("datacontenttype is " + event.getDataContentType());
        }
      } catch (RuntimeException e) {
        violations.add("the CloudEvents SDK cannot read it: " + e.getMessage());
      }
    }
    headers.validate(headerObject).forEach(e -> violations.add("headers: " + e));
    if (payload != null) {
      try {
        JsonNode value = JSON.readTree(record.value());
        payload.validate(value).forEach(e -> violations.add("payload: " + e));
      } catch (java.io.IOException e) {
        violations.add("payload is not JSON");
      }
    }
    return violations;
  }

  private static String readAsJson(String uri) {
    if (!uri.startsWith("file:")) {
      return null;
    }
    try {
      Path file = Path.of(java.net.URI.create(uri.replaceFirst("#.*", "")));
      return uri.contains(".yaml")
          ? JSON.writeValueAsString(new YAMLMapper().readTree(file.toFile()))
          : java.nio.file.Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Schema schema(SchemaRegistry schemas, String message, String part) {
    return schemas.getSchema(
        SchemaLocation.of(DOCUMENT.toUri() + "#/components/messages/" + message + "/" + part));
  }

  /** Every record of the topic, from the beginning to the end offsets at the time of reading. */
  private static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "contract-" + UUID.randomUUID());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.listTopics(Duration.ofSeconds(10)).getOrDefault(topic, List.of()).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      if (partitions.isEmpty()) {
        return records;
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("could not read " + topic + " to its end offsets " + end);
        }
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
      }
    }
    return records;
  }
}
