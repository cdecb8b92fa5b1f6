package io.oktaadapter.bootstrap.e2e;

import static io.oktaadapter.bootstrap.e2e.CommandSender.finalResult;
import static io.oktaadapter.bootstrap.e2e.CommandSender.newId;
import static io.oktaadapter.bootstrap.e2e.CommandSender.send;
import static io.oktaadapter.bootstrap.e2e.KafkaCommandsTest.data;
import static io.oktaadapter.bootstrap.e2e.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * End to end over the real broker: records that are no acceptable command (not JSON, schema
 * violations, a source not allowed for the type) go to the dead-letter topic with the reason, get a
 * failure result when they have an id, and do not hold up the commands behind them.
 */
@QuarkusTest
class KafkaCommandRefusalTest {

  private static final String KEY = "cmd-refusals";

  private static List<ConsumerRecord<String, String>> deadLetters(String marker) {
    return TopicReader.await(
        CommandSender.DLQ, r -> r.value() != null && r.value().contains(marker), 1);
  }

  @Test
  void givenValueThatIsNotJson_withId_deadLetteredWithReasonAndFailureResult() {
    String id = newId();
    String poison = "this is not json " + id;

    send(KEY, id, "user.sessions.clear", CommandSender.SOURCE, poison);

    ConsumerRecord<String, String> dead = deadLetters(id).get(0);
    assertThat(header(dead, "dead-letter-reason")).contains("not valid JSON");
    assertThat(dead.key()).isEqualTo(KEY);
    JsonNode failed = data(finalResult(id, 1));
    assertThat(failed.path("status").asText()).isEqualTo("failed");
    assertThat(failed.at("/problem/type").asText())
        .isEqualTo("https://okta-adapter.io/problems/invalid-input");
  }

  @Test
  void givenStructuredGarbageWithoutId_thenValidCommand_garbageDeadLetteredAndNextOneRuns() {
    String marker = "garbage-" + UUID.randomUUID();
    CommandSender.sendRaw(new ProducerRecord<>(CommandSender.COMMANDS, KEY, "{" + marker));
    String login = "after-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String userId = OktaUsersFixture.createUser(login);
    String next = newId();

    send(KEY, next, "user.sessions.clear", CommandSender.SOURCE, "{\"login\":\"" + login + "\"}");

    assertThat(header(deadLetters(marker).get(0), "dead-letter-reason")).contains("not valid JSON");
    assertThat(data(finalResult(next, 1)).path("status").asText()).isEqualTo("finished");
    assertThat(OktaUsersFixture.sessionClears(userId)).hasSize(1);
  }

  @Test
  void givenDataViolatingItsSchema_deadLetteredWithTheViolationAndFailureResult() {
    String id = newId();

    send(
        KEY, id, "user.sessions.clear", CommandSender.SOURCE, "{\"forgetDevices\":\"" + id + "\"}");

    ConsumerRecord<String, String> dead = deadLetters(id).get(0);
    assertThat(header(dead, "dead-letter-reason")).contains("schema").contains("login");
    JsonNode failed = data(finalResult(id, 1));
    assertThat(failed.at("/problem/status").asInt()).isEqualTo(400);
    assertThat(failed.at("/problem/errors")).isNotEmpty();
  }

  @Test
  void givenSourceNotAllowedForType_deadLetteredAndFailureResultAndNoEffect() {
    String login = "guarded-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String userId = OktaUsersFixture.createUser(login);
    String id = newId();

    send(KEY, id, "user.sessions.clear", "urn:service:intruder", "{\"login\":\"" + login + "\"}");

    JsonNode failed = data(finalResult(id, 1));
    assertThat(failed.at("/problem/type").asText())
        .isEqualTo("https://okta-adapter.io/problems/forbidden-source");
    List<ConsumerRecord<String, String>> dead =
        TopicReader.await(CommandSender.DLQ, r -> id.equals(header(r, "ce_id")), 1);
    assertThat(header(dead.get(0), "dead-letter-reason")).contains("urn:service:intruder");
    assertThat(OktaUsersFixture.sessionClears(userId)).isEmpty();
  }

  @Test
  void givenRecordKeyThatIsNoTenantKey_deadLettered() {
    String id = newId();

    send(
        "Not A Key!",
        id,
        "user.sessions.clear",
        CommandSender.SOURCE,
        "{\"login\":\"x@example.com\"}");

    List<ConsumerRecord<String, String>> dead =
        TopicReader.await(CommandSender.DLQ, r -> id.equals(header(r, "ce_id")), 1);
    assertThat(header(dead.get(0), "dead-letter-reason")).contains("tenant key");
    assertThat(data(finalResult(id, 1)).path("status").asText()).isEqualTo("failed");
  }
}
