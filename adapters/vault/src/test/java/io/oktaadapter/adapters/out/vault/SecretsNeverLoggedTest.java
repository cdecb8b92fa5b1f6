package io.oktaadapter.adapters.out.vault;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.oktaadapter.application.port.out.secrets.HookSecretSlot;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.application.service.secrets.HookSecretCache;
import io.oktaadapter.application.service.secrets.HookSecretCachePolicy;
import io.oktaadapter.application.service.secrets.RotateHookSecretService;
import io.oktaadapter.application.service.secrets.VerifyHookSecretService;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.hook.HookKind;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.testing.vault.VaultPolicy;
import io.oktaadapter.testing.vault.VaultTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the secret-handling flows (writes, reads, rotation, verification, every Vault failure) with
 * all of the application's log output captured, and checks that no secret value shows up in it or
 * in an HTTP response body.
 */
@QuarkusTest
@TestProfile(VaultProfiles.Token.class)
class SecretsNeverLoggedTest {

  private static final String OKTA_TOKEN = "SENTINEL-okta-ssws-9f1c";
  private static final String CLIENT_SECRET = "SENTINEL-client-secret-4b7e";
  private static final String HOOK_SECRET = "SENTINEL-hook-secret-c2d8";

  @Inject SecretStore store;

  private final List<String> captured = new CopyOnWriteArrayList<>();
  private final List<String> secrets =
      new ArrayList<>(List.of(OKTA_TOKEN, CLIENT_SECRET, HOOK_SECRET));
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          String message =
              record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
          StringWriter trace = new StringWriter();
          if (record.getThrown() != null) {
            record.getThrown().printStackTrace(new PrintWriter(trace));
          }
          captured.add(record.getLoggerName() + " " + message + " " + trace);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureLogs() {
    capture.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void givenAllSecretFlows_logsAndResponses_containNoSecretValue() throws Exception {
    storeAndReadSecrets();
    rotateAndVerifyHookSecret();
    failInEveryWayVaultCan();
    String health = given().when().get("/q/health").then().extract().asString();

    assertThat(captured).as("the flows were logged").isNotEmpty();
    assertThat(String.join("\n", captured)).doesNotContain(secrets);
    assertThat(health).contains("secrets-backend").doesNotContain(secrets);
  }

  private void storeAndReadSecrets() {
    SecretRef client =
        SecretRef.applicationClientSecret(TenantKey.of("acme"), ApplicationId.random());
    store.write(SecretRef.oktaApiCredential(), SecretValue.of(OKTA_TOKEN));
    store.write(client, SecretValue.of(CLIENT_SECRET));
    store.read(SecretRef.oktaApiCredential());
    store.read(client, 1);
    store.versions(client);
    catchThrowable(() -> store.rotate(client, SecretValue.of(CLIENT_SECRET + "-x"), 0));
    store.delete(client);
    catchThrowable(() -> store.read(client));
  }

  private void rotateAndVerifyHookSecret() throws InterruptedException {
    store.write(
        SecretRef.hookSecret(HookKind.EVENT, HookSecretSlot.CURRENT), SecretValue.of(HOOK_SECRET));
    HookSecretCachePolicy policy = new HookSecretCachePolicy(Duration.ofMillis(20), Duration.ZERO);
    HookSecretCache cache = new HookSecretCache(store, policy, Clock.systemUTC());
    VerifyHookSecretService verifier = new VerifyHookSecretService(cache);
    RotateHookSecretService rotation =
        new RotateHookSecretService(
            store,
            (kind, secret) -> {},
            cache,
            policy,
            () -> {
              SecretValue next = SecretValue.random(32);
              secrets.add(next.reveal());
              return next;
            },
            Clock.systemUTC());
    rotation.start(HookKind.EVENT);
    rotation.start(HookKind.EVENT);
    verifier.verify(HookKind.EVENT, HOOK_SECRET);
    verifier.verify(HookKind.EVENT, "wrong");
    Thread.sleep(50);
    rotation.complete(HookKind.EVENT);
    VaultTestResource.vault().offline();
    Thread.sleep(50);
    verifier.verify(HookKind.EVENT, HOOK_SECRET);
    VaultTestResource.vault().online();
  }

  private void failInEveryWayVaultCan() {
    String token = VaultTestResource.adapterToken();
    VaultTestResource.vault().setPolicies(token, VaultPolicy.named("nothing"));
    catchThrowable(() -> store.read(SecretRef.oktaApiCredential()));
    catchThrowable(() -> store.write(SecretRef.oktaApiCredential(), SecretValue.of(OKTA_TOKEN)));
    VaultTestResource.vault().setPolicies(token, VaultTestResource.adapterPolicy());
    VaultTestResource.vault().seal();
    catchThrowable(() -> store.write(SecretRef.oktaApiCredential(), SecretValue.of(OKTA_TOKEN)));
    given().when().get("/q/health/ready").then().statusCode(503);
    VaultTestResource.vault().unseal();
  }
}
