package io.oktaadapter.bootstrap.e2e;

import static io.oktaadapter.bootstrap.e2e.OktaDeliveries.delivery;
import static io.oktaadapter.bootstrap.e2e.OktaDeliveries.userEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * End to end: a user's sessions are cleared in the Okta simulator from the operator API, and
 * automatically when an event hook reports the user deactivated, suspended or removed from a
 * tenant's group.
 */
@QuarkusTest
class SessionCleanupTest {

  private static String newLogin(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  @Test
  void givenSupportRole_deleteSessionsForgettingDevices_oktaClearsSessionsAndTokens() {
    String login = newLogin("rest");
    String userId = OktaUsersFixture.createUser(login);

    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .queryParam("forgetDevices", "true")
        .delete("/api/v1/users/" + login + "/sessions")
        .then()
        .statusCode(200)
        .body("userId", equalTo(userId))
        .body("oauthTokensRevoked", equalTo(true))
        .body("forgetDevices", equalTo(true));

    assertThat(OktaUsersFixture.sessionClears(userId)).containsExactly(true);
  }

  @Test
  void givenViewerRole_deleteSessions_isForbiddenAndOktaUntouched() {
    String login = newLogin("viewer");
    String userId = OktaUsersFixture.createUser(login);

    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .delete("/api/v1/users/" + login + "/sessions")
        .then()
        .statusCode(403);

    assertThat(OktaUsersFixture.sessionClears(userId)).isEmpty();
  }

  @Test
  void givenUnknownLoginOrBadFlag_deleteSessions_answersProblem() {
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .delete("/api/v1/users/nobody-at-all@example.com/sessions")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("https://okta-adapter.io/problems/not-found"));
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .queryParam("forgetDevices", "maybe")
        .delete("/api/v1/users/nobody-at-all@example.com/sessions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("forgetDevices"));
  }

  @Test
  void givenDeactivatedAndSuspendedEvents_hookDelivery_sessionsClearedAutomaticallyOnce() {
    String deactivated = OktaUsersFixture.createUser(newLogin("deact"));
    String suspended = OktaUsersFixture.createUser(newLogin("susp"));
    String loggedIn = OktaUsersFixture.createUser(newLogin("login"));
    String run = UUID.randomUUID().toString();
    String body =
        delivery(
            "d-" + run,
            List.of(
                userEvent(
                    run + "-1", "user.lifecycle.deactivate", deactivated, "2026-11-24T10:00:00Z"),
                userEvent(run + "-2", "user.lifecycle.suspend", suspended, "2026-11-24T10:00:01Z"),
                userEvent(run + "-3", "user.session.start", loggedIn, "2026-11-24T10:00:02Z")));

    deliver(body);
    deliver(body);

    awaitTrue(() -> OktaUsersFixture.sessionClears(deactivated).size() == 1);
    awaitTrue(() -> OktaUsersFixture.sessionClears(suspended).size() == 1);
    pause(Duration.ofSeconds(1));
    assertThat(OktaUsersFixture.sessionClears(deactivated)).hasSize(1);
    assertThat(OktaUsersFixture.sessionClears(loggedIn)).isEmpty();
  }

  @Test
  void givenRemovalFromTenantGroupOrOtherGroup_hookDelivery_onlyTenantGroupRemovalClears() {
    String key = "sess-tenant";
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .header("Prefer", "wait=30")
        .contentType(ContentType.JSON)
        .body(TenantProvisioningTest.spec(key, "OFF", "a.sess-tenant.example.com"))
        .post("/api/v1/tenants")
        .then()
        .statusCode(200);
    String tenantGroup = OktaUsersFixture.groupId(key + "-users");
    String removed = OktaUsersFixture.createUser(newLogin("removed"));
    String elsewhere = OktaUsersFixture.createUser(newLogin("elsewhere"));
    String run = UUID.randomUUID().toString();

    deliver(
        delivery(
            "d-" + run,
            List.of(
                removal(run + "-1", removed, tenantGroup),
                removal(run + "-2", elsewhere, "00gNotATenantGroup1"))));

    awaitTrue(() -> OktaUsersFixture.sessionClears(removed).size() == 1);
    pause(Duration.ofSeconds(1));
    assertThat(OktaUsersFixture.sessionClears(elsewhere)).isEmpty();
  }

  private static String removal(String uuid, String userId, String groupId) {
    return """
        {"uuid":"%s","published":"2026-11-24T10:00:00Z","eventType":"group.user_membership.remove",
         "version":"0","severity":"INFO","displayMessage":"Remove user from group membership",
         "actor":{"id":"00uAdmin000000000001","type":"User","alternateId":"admin@example.com"},
         "outcome":{"result":"SUCCESS"},
         "target":[{"id":"%s","type":"User","alternateId":"user@example.com"},
                   {"id":"%s","type":"UserGroup","alternateId":"unknown","displayName":"group"}]}
        """
        .formatted(uuid, userId, groupId);
  }

  private static void deliver(String body) {
    given()
        .header("Authorization", TestHookSecrets.EVENT_SECRET)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/hooks/okta/events")
        .then()
        .statusCode(200);
  }

  private static void awaitTrue(Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 20 s");
      }
      pause(Duration.ofMillis(100));
    }
  }

  private static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
