package io.oktaadapter.adapters.out.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktaadapter.application.port.out.secrets.SecretAccessDeniedException;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.port.out.secrets.SecretStoreTimeoutException;
import io.oktaadapter.application.port.out.secrets.SecretStoreUnavailableException;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.testing.vault.VaultPolicy;
import io.oktaadapter.testing.vault.VaultTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(VaultProfiles.Token.class)
class VaultSecretStoreTest extends SecretStoreContractTest {

  @Inject SecretStore store;

  @Override
  protected SecretStore store() {
    return store;
  }

  @Test
  void givenWrite_vault_keepsTheValueUnderTheConfiguredKvV2Path() {
    store.write(SecretRef.oktaApiCredential(), SecretValue.of("ssws"));

    assertThat(VaultTestResource.vault().requestedPaths())
        .contains("POST secret/data/okta-adapter/okta/api-credential");
  }

  @Test
  void givenSealedVault_read_throwsUnavailableBecauseSealed() {
    VaultTestResource.vault().seal();
    try {
      assertThatThrownBy(() -> store.read(SecretRef.oktaApiCredential()))
          .isInstanceOfSatisfying(
              SecretStoreUnavailableException.class,
              e -> assertThat(e.reason()).isEqualTo(SecretStoreUnavailableException.Reason.SEALED));
    } finally {
      VaultTestResource.vault().unseal();
    }
  }

  @Test
  void givenTokenWithoutRights_read_throwsAccessDenied() {
    String token = VaultTestResource.adapterToken();
    VaultTestResource.vault().setPolicies(token, VaultPolicy.named("nothing"));
    try {
      assertThatThrownBy(() -> store.read(SecretRef.oktaApiCredential()))
          .isInstanceOf(SecretAccessDeniedException.class);
    } finally {
      VaultTestResource.vault().setPolicies(token, VaultTestResource.adapterPolicy());
    }
  }

  @Test
  void givenSlowVault_read_throwsTimeout() {
    VaultTestResource.vault().latency(Duration.ofMillis(4500));
    try {
      assertThatThrownBy(() -> store.read(SecretRef.oktaApiCredential()))
          .isInstanceOf(SecretStoreTimeoutException.class);
    } finally {
      VaultTestResource.vault().latency(Duration.ZERO);
    }
  }

  @Test
  void givenVaultBackAfterShortOutage_read_succeedsThroughRetries() throws Exception {
    store.write(SecretRef.oktaApiCredential(), SecretValue.of("ssws"));
    VaultTestResource.vault().offline();
    Thread restart =
        new Thread(
            () -> {
              sleep(120);
              VaultTestResource.vault().online();
            });
    restart.start();

    SecretValue value = store.read(SecretRef.oktaApiCredential()).value();

    restart.join();
    assertThat(value.reveal()).isEqualTo("ssws");
  }

  @Test
  void givenVaultOffline_read_throwsUnreachableAfterRetries() {
    VaultTestResource.vault().offline();
    try {
      assertThatThrownBy(() -> store.read(SecretRef.oktaApiCredential()))
          .isInstanceOfSatisfying(
              SecretStoreUnavailableException.class,
              e ->
                  assertThat(e.reason())
                      .isEqualTo(SecretStoreUnavailableException.Reason.UNREACHABLE));
    } finally {
      VaultTestResource.vault().online();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
