package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Test helper: users and group members in the shared Okta simulator, through its Okta API. */
final class OktaUsersFixture {

  private OktaUsersFixture() {}

  /** Creates an active Okta user with this login and returns its id. */
  static String createUser(String login) {
    return given()
        .baseUri(OktaSimulatorTestResource.simulator().baseUrl())
        .header("Authorization", "SSWS " + OktaSimulatorTestResource.TOKEN)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "profile",
                Map.of("firstName", "Test", "lastName", "User", "email", login, "login", login)))
        .post("/api/v1/users?activate=true")
        .then()
        .statusCode(200)
        .extract()
        .path("id");
  }

  /** The id of the group with exactly this name. */
  static String groupId(String name) {
    JsonPath groups =
        given()
            .baseUri(OktaSimulatorTestResource.simulator().baseUrl())
            .header("Authorization", "SSWS " + OktaSimulatorTestResource.TOKEN)
            .queryParam("search", "profile.name eq \"" + name + "\"")
            .get("/api/v1/groups")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return groups.getString("[0].id");
  }

  /** The ids of the group's members. */
  static List<String> members(String groupId) {
    return given()
        .baseUri(OktaSimulatorTestResource.simulator().baseUrl())
        .header("Authorization", "SSWS " + OktaSimulatorTestResource.TOKEN)
        .get("/api/v1/groups/" + groupId + "/users")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("id");
  }

  /** How often the user's sessions were cleared, and with which forgetDevices flags. */
  static List<Boolean> sessionClears(String userId) {
    return OktaSimulatorTestResource.simulator().sessionClears().stream()
        .filter(c -> c.userId().equals(userId))
        .map(c -> c.forgetDevices())
        .toList();
  }
}
