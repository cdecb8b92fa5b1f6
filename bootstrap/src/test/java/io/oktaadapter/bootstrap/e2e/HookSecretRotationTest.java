package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.application.port.out.secrets.HookSecretSlot;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.domain.hook.HookKind;
import io.oktaadapter.simulator.hooks.HookResult;
import io.oktaadapter.simulator.hooks.SystemLogEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: a two-step rotation of the event-hook secret. During the rotation both secrets are
 * accepted; completing it switches the hook in Okta (the simulator) to the new secret, after which
 * only the new one is accepted and Okta's deliveries keep arriving.
 */
@QuarkusTest
class HookSecretRotationTest {

  private static final SecretRef CURRENT =
      SecretRef.hookSecret(HookKind.EVENT, HookSecretSlot.CURRENT);
  private static final SecretRef NEXT = SecretRef.hookSecret(HookKind.EVENT, HookSecretSlot.NEXT);

  @Inject SecretStore secrets;

  @Test
  void givenRegisteredHook_rotation_switchesOktaAndTheAdapterWithoutARejectedDelivery()
      throws Exception {
    String hookId = registerHook();
    String old = TestHookSecrets.EVENT_SECRET;

    rotation("").then().statusCode(200).body("state", equalTo("STARTED"));
    String next = secrets.read(NEXT).value().reveal();
    waitForCacheTtl();

    assertThat(verifyWith(old)).isEqualTo(200);
    assertThat(verifyWith(next)).isEqualTo(200);
    rotation("")
        .then()
        .statusCode(409)
        .body("title", equalTo("Rotation step refused: ALREADY_IN_PROGRESS"));

    rotation("/completion").then().statusCode(200).body("state", equalTo("COMPLETED"));
    waitForCacheTtl();

    assertThat(verifyWith(next)).isEqualTo(200);
    assertThat(verifyWith(old)).isEqualTo(401);
    ObjectNode event =
        SystemLogEvents.userEvent(
            "user.session.start",
            "00uRot" + UUID.randomUUID().toString().substring(0, 6),
            "r@example.com");
    HookResult delivered =
        OktaSimulatorTestResource.simulator()
            .eventHooks()
            .deliver(hookId, List.of(event))
            .get(10, TimeUnit.SECONDS);
    assertThat(delivered.success()).as("Okta now sends the new secret").isTrue();

    var audit =
        given()
            .header("Authorization", Tokens.bearer("vera", "viewer"))
            .queryParam("action", "hook-secret.*")
            .get("/api/v1/audit")
            .then()
            .statusCode(200)
            .extract();
    assertThat(audit.jsonPath().getList("items.action", String.class))
        .startsWith("hook-secret.rotation-complete", "hook-secret.rotation-start");
    assertThat(audit.jsonPath().getList("items.actor.id", String.class)).contains("ada");
    assertThat(audit.jsonPath().getString("items[0].target.id")).isEqualTo("event");
    assertThat(audit.jsonPath().getString("items[0].requestId")).isNotBlank();
    assertThat(audit.asString()).doesNotContain(next).doesNotContain(old);
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .queryParam("action", "event-hook.register")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items[0].actor.id", org.hamcrest.Matchers.equalTo("ada"))
        .body("items[0].target.id", org.hamcrest.Matchers.equalTo(hookId))
        .body("items[0].after.uri", org.hamcrest.Matchers.endsWith("/hooks/okta/events"));
  }

  @Test
  void givenViewer_rotation_isForbidden() {
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .when()
        .post("/api/v1/hook-secrets/event/rotation")
        .then()
        .statusCode(403);
  }

  @Test
  void givenUnknownKind_rotation_answers400() {
    given()
        .header("Authorization", Tokens.bearer("ada", "admin"))
        .when()
        .post("/api/v1/hook-secrets/carrier-pigeon/rotation")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("kind"));
  }

  /** The other tests of this JVM send the fixed test secret: put it back. */
  @AfterEach
  void restoreTheTestSecret() throws Exception {
    int version = secrets.read(CURRENT).version();
    if (!secrets.read(CURRENT).value().matches(TestHookSecrets.EVENT_SECRET)) {
      secrets.rotate(CURRENT, SecretValue.of(TestHookSecrets.EVENT_SECRET), version);
    }
    try {
      secrets.delete(NEXT);
    } catch (RuntimeException ignored) {
      // no rotation in progress
    }
    waitForCacheTtl();
    registerHook();
  }

  private static String registerHook() {
    return given()
        .header("Authorization", Tokens.bearer("ada", "admin"))
        .contentType(ContentType.JSON)
        .body("{\"uri\":\"http://localhost:" + RestAssured.port + "/hooks/okta/events\"}")
        .when()
        .put("/api/v1/event-hook")
        .then()
        .statusCode(200)
        .extract()
        .path("oktaId");
  }

  private static io.restassured.response.Response rotation(String suffix) {
    return given()
        .header("Authorization", Tokens.bearer("ada", "admin"))
        .when()
        .post("/api/v1/hook-secrets/event/rotation" + suffix);
  }

  private static int verifyWith(String secret) {
    return given()
        .header("Authorization", secret)
        .header("x-okta-verification-challenge", "rotation-" + Instant.now().toEpochMilli())
        .when()
        .get("/hooks/okta/events")
        .statusCode();
  }

  /** The test profile's hook secret cache lives one second. */
  private static void waitForCacheTtl() throws InterruptedException {
    Thread.sleep(1200);
  }
}
