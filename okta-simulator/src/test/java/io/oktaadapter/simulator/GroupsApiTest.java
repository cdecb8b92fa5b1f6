package io.oktaadapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupsApiTest {
  private static OktaSimulator simulator;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    simulator = OktaSimulator.builder().start();
    api = new ApiClient(simulator);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @BeforeEach
  void reset() {
    simulator.reset();
  }

  static String group(String name) {
    return "{\"profile\":{\"name\":\"" + name + "\",\"description\":\"d\"}}";
  }

  @Test
  void givenValidGroup_create_returnsOktaGroupWithIdLinksAndTimestamps() {
    var reply = api.post("/api/v1/groups", group("acme-admins"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.id()).startsWith("00g").hasSize(20);
    assertThat(reply.body().path("type").asText()).isEqualTo("OKTA_GROUP");
    assertThat(reply.body().path("profile").path("name").asText()).isEqualTo("acme-admins");
    assertThat(reply.body().path("created").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(reply.body().at("/_links/users/href").asText())
        .endsWith("/api/v1/groups/" + reply.id() + "/users");
  }

  @Test
  void givenExistingName_create_returnsOktaValidationError() {
    api.post("/api/v1/groups", group("dup"));

    var reply = api.post("/api/v1/groups", group("dup"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().path("errorCode").asText()).isEqualTo("E0000001");
    assertThat(reply.body().path("errorLink").asText()).isEqualTo("E0000001");
    assertThat(reply.body().path("errorId").asText()).isNotBlank();
    assertThat(reply.body().at("/errorCauses/0/errorSummary").asText()).contains("already exists");
  }

  @Test
  void givenUnknownId_get_returnsNotFoundError() {
    var reply = api.get("/api/v1/groups/00gdoesnotexist00000");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body().path("errorCode").asText()).isEqualTo("E0000007");
    assertThat(reply.body().path("errorCauses").isArray()).isTrue();
  }

  @Test
  void givenMalformedJson_create_returnsE0000003() {
    var reply = api.post("/api/v1/groups", "{not json");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().path("errorCode").asText()).isEqualTo("E0000003");
  }

  @Test
  void givenUnsupportedMethodOnKnownPath_call_returns405E0000022() {
    var reply = api.send("PATCH", "/api/v1/groups/00gany00000000000000", "{}");
    var unknown = api.get("/api/v1/nothing-here");

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.body().path("errorCode").asText()).isEqualTo("E0000022");
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void givenWrongToken_anyCall_returns401InvalidToken() {
    var reply = new ApiClient(simulator.baseUrl(), "SSWS wrong").get("/api/v1/groups");
    var missing = new ApiClient(simulator.baseUrl(), null).get("/api/v1/groups");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body().path("errorCode").asText()).isEqualTo("E0000011");
    assertThat(missing.status()).isEqualTo(401);
  }

  @Test
  void givenGroups_listWithQAndSearch_returnsMatchesOnly() {
    api.post("/api/v1/groups", group("tenant-a-users"));
    api.post("/api/v1/groups", group("tenant-b-users"));

    var byPrefix = api.get("/api/v1/groups?q=tenant-a");
    var bySearch = api.get("/api/v1/groups?search=profile.name%20eq%20%22tenant-b-users%22");

    assertThat(byPrefix.body()).hasSize(1);
    assertThat(bySearch.body()).hasSize(1);
    assertThat(bySearch.body().get(0).at("/profile/name").asText()).isEqualTo("tenant-b-users");
  }

  @Test
  void givenFiveGroups_listWithLimitTwo_followsNextLinksOverThreePages() {
    for (int i = 0; i < 5; i++) {
      api.post("/api/v1/groups", group("g" + i));
    }

    var page1 = api.get("/api/v1/groups?limit=2");
    var page2 = api.get(page1.nextLink());
    var page3 = api.get(page2.nextLink());

    assertThat(page1.body()).hasSize(2);
    assertThat(page2.body()).hasSize(2);
    assertThat(page3.body()).hasSize(1);
    assertThat(page3.nextLink()).isNull();
    assertThat(page1.headers("link")).anyMatch(l -> l.endsWith("rel=\"self\""));
    assertThat(page3.body().get(0).at("/profile/name").asText()).isEqualTo("g4");
  }

  @Test
  void givenGroup_updateThenDelete_changesThenRemovesIt() {
    String id = api.post("/api/v1/groups", group("old")).id();

    var updated = api.put("/api/v1/groups/" + id, group("new"));
    var deleted = api.delete("/api/v1/groups/" + id);

    assertThat(updated.body().at("/profile/name").asText()).isEqualTo("new");
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(api.get("/api/v1/groups/" + id).status()).isEqualTo(404);
  }
}
