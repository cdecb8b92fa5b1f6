package io.oktaadapter.adapters.out.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.testing.vault.VaultTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The adapter gets its Vault token by AppRole login when configured so. */
@QuarkusTest
@TestProfile(VaultProfiles.AppRole.class)
class VaultAppRoleLoginTest {

  @Inject SecretStore store;

  @Test
  void givenAppRoleConfigured_writeAndRead_useATokenFromTheLogin() {
    store.write(SecretRef.oktaApiCredential(), SecretValue.of("from-approle"));

    assertThat(store.read(SecretRef.oktaApiCredential()).value().reveal())
        .isEqualTo("from-approle");
    assertThat(VaultTestResource.vault().requestedPaths()).contains("POST auth/approle/login");
  }
}
