package io.oktaadapter.bootstrap.e2e;

import static io.oktaadapter.bootstrap.e2e.CommandSender.finalResult;
import static io.oktaadapter.bootstrap.e2e.CommandSender.newId;
import static io.oktaadapter.bootstrap.e2e.CommandSender.results;
import static io.oktaadapter.bootstrap.e2e.CommandSender.send;
import static io.oktaadapter.bootstrap.e2e.CommandSender.type;
import static io.oktaadapter.bootstrap.e2e.TopicReader.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * End to end over the real broker: every command type takes effect in the Okta simulator and yields
 * exactly one result (long ones: accepted, then finished) on the command-results topic.
 */
@QuarkusTest
class KafkaCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RESULT = "io.oktaadapter.commandresult.";

  static JsonNode data(ConsumerRecord<String, String> record) {
    try {
      return JSON.readTree(record.value());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Sends a job command and returns its finished result, after checking accepted came first. */
  private static JsonNode runJob(String key, String shortType, String data) {
    String id = newId();
    send(key, id, shortType, CommandSender.SOURCE, data);
    List<ConsumerRecord<String, String>> found = results(id, 2);
    assertThat(found)
        .extracting(CommandSender::type)
        .containsExactly(RESULT + "accepted", RESULT + "finished");
    assertThat(found).allSatisfy(r -> assertThat(r.key()).isEqualTo(key));
    JsonNode finished = data(found.get(1));
    assertThat(finished.path("commandId").asText()).isEqualTo(id);
    assertThat(finished.path("status").asText()).isEqualTo("finished");
    return finished;
  }

  @Test
  void givenTenantCommands_eachRuns_oktaFollowsWithAcceptedThenFinishedResults() {
    String key = "cmd-tenant";
    String alias = "a.cmd-tenant.example.com";
    String other = "b.cmd-tenant.example.com";

    JsonNode created =
        runJob(
            key,
            "tenant.provision",
            "{\"displayName\":\"Cmd Tenant\",\"aliases\":[\"" + alias + "\"]}");
    assertThat(created.at("/resource/status").asText()).isEqualTo("READY");
    assertThat(OktaOrgState.resourcesOf(key))
        .contains("GROUP:" + key + "-users", "TRUSTED_ORIGIN:" + key + "-origin-" + alias);

    runJob(key, "tenant.alias.add", "{\"alias\":\"" + other + "\"}");
    assertThat(OktaOrgState.resourcesOf(key))
        .contains("TRUSTED_ORIGIN:" + key + "-origin-" + other);

    runJob(key, "tenant.alias.remove", "{\"alias\":\"" + other + "\"}");
    assertThat(OktaOrgState.resourcesOf(key))
        .doesNotContain("TRUSTED_ORIGIN:" + key + "-origin-" + other);

    JsonNode updated =
        runJob(
            key,
            "tenant.update",
            "{\"displayName\":\"Cmd Tenant 2\",\"aliases\":[\""
                + alias
                + "\"],\"features\":{\"mfa\":\"REQUIRED\"}}");
    assertThat(updated.at("/resource/displayName").asText()).isEqualTo("Cmd Tenant 2");
    assertThat(OktaOrgState.resourcesOf(key)).contains("SIGN_ON_POLICY:" + key + "-mfa");

    JsonNode appCreated =
        runJob(
            key,
            "application.provision",
            "{\"kind\":\"EFS\",\"baseUrls\":{\"" + alias + "\":\"https://" + alias + "/efs\"}}");
    String application = applicationOf(key);
    assertThat(appCreated.at("/resource/applicationId").asText()).isEqualTo(application);
    assertThat(OktaOrgState.resourcesOf(key))
        .contains("OIDC_APPLICATION:" + key + "-efs-" + application.substring(0, 8));

    runJob(
        key,
        "application.update",
        "{\"applicationId\":\""
            + application
            + "\",\"kind\":\"EFS\",\"baseUrls\":{\""
            + alias
            + "\":\"https://"
            + alias
            + "/efs2\"}}");

    runJob(key, "application.delete", "{\"applicationId\":\"" + application + "\"}");
    assertThat(OktaOrgState.resourcesOf(key)).noneMatch(r -> r.startsWith("OIDC_APPLICATION:"));

    JsonNode deleted = runJob(key, "tenant.delete", "{}");
    assertThat(deleted.at("/resource/status").asText()).isEqualTo("DELETED");
    assertThat(OktaOrgState.resourcesOf(key)).isEmpty();
  }

  /** The id of the tenant's one application, from the accepted result of its provisioning. */
  private static String applicationOf(String key) {
    List<ConsumerRecord<String, String>> accepted =
        TopicReader.await(
            CommandSender.RESULTS,
            r ->
                key.equals(r.key())
                    && type(r).equals(RESULT + "accepted")
                    && "io.oktaadapter.command.application.provision"
                        .equals(header(r, "ce_subject")),
            1);
    return data(accepted.get(0)).at("/resource/applicationId").asText();
  }

  @Test
  void givenUser_assignRemoveAndClearSessionsCommands_oktaFollowsWithOneResultEach() {
    String key = "cmd-members";
    runJob(
        key,
        "tenant.provision",
        "{\"displayName\":\"Members\",\"aliases\":[\"m.cmd-members.example.com\"]}");
    String login = "member-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String userId = OktaUsersFixture.createUser(login);
    String users = OktaUsersFixture.groupId(key + "-users");
    String admins = OktaUsersFixture.groupId(key + "-admins");

    String assign = newId();
    send(
        key,
        assign,
        "tenant.user.assign",
        CommandSender.SOURCE,
        "{\"login\":\"" + login + "\",\"role\":\"ADMIN\"}");
    JsonNode assigned = data(finalResult(assign, 1));
    assertThat(assigned.path("status").asText()).isEqualTo("finished");
    assertThat(assigned.at("/resource/userId").asText()).isEqualTo(userId);
    assertThat(OktaUsersFixture.members(users)).contains(userId);
    assertThat(OktaUsersFixture.members(admins)).contains(userId);

    String remove = newId();
    send(key, remove, "tenant.user.remove", CommandSender.SOURCE, "{\"login\":\"" + login + "\"}");
    assertThat(data(finalResult(remove, 1)).path("status").asText()).isEqualTo("finished");
    assertThat(OktaUsersFixture.members(users)).doesNotContain(userId);
    assertThat(OktaUsersFixture.members(admins)).doesNotContain(userId);

    String clear = newId();
    send(
        key,
        clear,
        "user.sessions.clear",
        CommandSender.SOURCE,
        "{\"login\":\"" + login + "\",\"forgetDevices\":true}");
    JsonNode cleared = data(finalResult(clear, 1));
    assertThat(cleared.at("/resource/oauthTokensRevoked").asBoolean()).isTrue();
    assertThat(OktaUsersFixture.sessionClears(userId)).containsExactly(true);

    // The sending service is the actor of each change, under the command's id.
    var audit =
        given()
            .header("Authorization", Tokens.bearer("vera", "viewer"))
            .queryParam("tenant", key)
            .queryParam("action", "tenant.assign-user")
            .get("/api/v1/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(audit.getList("items.actor.kind", String.class)).containsExactly("SERVICE");
    assertThat(audit.getList("items.actor.id", String.class)).containsExactly(CommandSender.SOURCE);
    assertThat(audit.getList("items.requestId", String.class)).containsExactly(assign);
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .queryParam("actor", CommandSender.SOURCE)
        .queryParam("action", "user.clear-sessions")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items.requestId", org.hamcrest.Matchers.hasItem(clear));
  }

  @Test
  void givenAssignThenRemoveSentBackToBack_bothRun_inTheOrderSentForTheTenant() {
    String key = "cmd-order";
    runJob(
        key,
        "tenant.provision",
        "{\"displayName\":\"Order\",\"aliases\":[\"o.cmd-order.example.com\"]}");
    String login = "order-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String userId = OktaUsersFixture.createUser(login);
    List<String> ids = new java.util.ArrayList<>();

    for (int i = 0; i < 5; i++) {
      String assign = newId();
      String remove = newId();
      ids.add(assign);
      ids.add(remove);
      send(
          key, assign, "tenant.user.assign", CommandSender.SOURCE, "{\"login\":\"" + login + "\"}");
      send(
          key, remove, "tenant.user.remove", CommandSender.SOURCE, "{\"login\":\"" + login + "\"}");
    }

    List<ConsumerRecord<String, String>> found =
        TopicReader.await(
            CommandSender.RESULTS, r -> ids.contains(header(r, "ce_correlationid")), ids.size());
    assertThat(found).extracting(r -> header(r, "ce_correlationid")).containsExactlyElementsOf(ids);
    assertThat(OktaUsersFixture.members(OktaUsersFixture.groupId(key + "-users")))
        .doesNotContain(userId);
  }

  @Test
  void givenSameCommandTwice_secondDelivery_isNotRunAgainButItsResultIsSentAgain() {
    String login = "dup-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String userId = OktaUsersFixture.createUser(login);
    String id = newId();
    String data = "{\"login\":\"" + login + "\"}";

    send("cmd-dups", id, "user.sessions.clear", CommandSender.SOURCE, data);
    results(id, 1);
    send("cmd-dups", id, "user.sessions.clear", CommandSender.SOURCE, data);

    List<ConsumerRecord<String, String>> found = results(id, 2);
    assertThat(OktaUsersFixture.sessionClears(userId)).containsExactly(false);
    assertThat(found).extracting(r -> header(r, "ce_id")).doesNotHaveDuplicates();
    assertThat(header(found.get(1), "ce_redelivered")).isEqualTo("true");
    assertThat(data(found.get(1))).isEqualTo(data(found.get(0)));
  }

  @Test
  void givenCommandForUnknownUser_itRuns_failedResultWithProblemAndNoDeadLetter() {
    String id = newId();

    send(
        "cmd-fail",
        id,
        "tenant.user.remove",
        CommandSender.SOURCE,
        "{\"login\":\"nobody@example.com\"}");

    JsonNode failed = data(finalResult(id, 1));
    assertThat(failed.path("status").asText()).isEqualTo("failed");
    assertThat(failed.at("/problem/type").asText())
        .isEqualTo("https://okta-adapter.io/problems/not-found");
    assertThat(failed.at("/problem/status").asInt()).isEqualTo(404);
  }
}
