package io.oktaadapter.adapters.out.vault;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.testing.vault.VaultTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(VaultProfiles.VaultDownAtStartup.class)
class VaultDownAtStartupTest {

  @Inject SecretStore store;

  @Test
  void givenVaultDownAtStartup_readiness_isDownUntilVaultComesUp() {
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(503)
        .body("checks.find { it.name == 'secrets-backend' }.status", equalTo("DOWN"))
        .body(
            "checks.find { it.name == 'secrets-backend' }.data.reason",
            equalTo("Vault is unreachable"));
    given().when().get("/q/health/live").then().statusCode(200);

    VaultTestResource.vault().online();

    // Readiness recovers on the next check that reaches Vault; allow a loaded machine some time.
    int status = 0;
    for (int attempt = 0; attempt < 30 && status != 200; attempt++) {
      status = given().when().get("/q/health/ready").statusCode();
      if (status != 200) {
        sleep(500);
      }
    }
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'secrets-backend' }.status", equalTo("UP"));
    store.write(SecretRef.oktaApiCredential(), SecretValue.of("after-outage"));
    assertThat(store.read(SecretRef.oktaApiCredential()).value().reveal())
        .isEqualTo("after-outage");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
