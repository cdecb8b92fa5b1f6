package io.oktaadapter.bootstrap.e2e;

import static io.oktaadapter.bootstrap.e2e.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Conformance: every official event-hook delivery and System Log event sample that Okta publishes
 * (kept outside this repository in {@code ../shared/okta/samples}) is accepted and published. The
 * samples are read where they exist; when they do not, the test says so and is skipped.
 */
@QuarkusTest
class OktaSampleConformanceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reported as skipped, with the reason, when the samples are not on this machine. */
  @Test
  void givenThisMachine_officialSamples_areAvailable() {
    Assumptions.assumeTrue(
        samplesDirectory().isPresent(),
        "Okta's official samples were not found (looked for shared/okta/samples above "
            + System.getProperty("user.dir")
            + " and in $OKTA_SAMPLES_DIR): the sample conformance tests did not run.");
  }

  @TestFactory
  Stream<DynamicTest> givenOfficialSamples_delivery_isAcceptedAndPublished() throws IOException {
    Optional<Path> samples = samplesDirectory();
    if (samples.isEmpty()) {
      return Stream.empty();
    }
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(samples.get())) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith("event-hook-delivery-") && name.endsWith(".json")) {
          tests.add(DynamicTest.dynamicTest(name, () -> deliverAndExpect(Files.readString(file))));
        } else if (name.startsWith("system-log-event-") && name.endsWith(".json")) {
          tests.add(
              DynamicTest.dynamicTest(
                  name,
                  () ->
                      deliverAndExpect(
                          OktaDeliveries.delivery(
                              "sample-" + name, List.of(Files.readString(file))))));
        }
      }
    }
    assertThat(tests).as("event-hook samples in " + samples.get()).isNotEmpty();
    return tests.stream();
  }

  private static void deliverAndExpect(String delivery) throws IOException {
    JsonNode events = JSON.readTree(delivery).path("data").path("events");
    List<String> uuids = new ArrayList<>();
    events.forEach(e -> uuids.add(e.path("uuid").asText()));

    EventHookToKafkaTest.post(delivery).then().statusCode(200);

    List<ConsumerRecord<String, String>> records =
        TopicReader.await(
            "okta-adapter.identity-events", r -> uuids.contains(header(r, "ce_id")), uuids.size());
    assertThat(records)
        .extracting(r -> header(r, "ce_id"))
        .containsExactlyInAnyOrderElementsOf(uuids);
    for (int i = 0; i < events.size(); i++) {
      String type = "com.okta." + events.get(i).path("eventType").asText();
      assertThat(records).extracting(r -> header(r, "ce_type")).contains(type);
    }
  }

  static Optional<Path> samplesDirectory() {
    String fromEnv = System.getenv("OKTA_SAMPLES_DIR");
    if (fromEnv != null && Files.isDirectory(Path.of(fromEnv))) {
      return Optional.of(Path.of(fromEnv));
    }
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        dir != null;
        dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("okta").resolve("samples");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
