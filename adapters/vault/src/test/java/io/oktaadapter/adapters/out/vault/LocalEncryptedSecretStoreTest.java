package io.oktaadapter.adapters.out.vault;

import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

@QuarkusTest
@TestProfile(VaultProfiles.Local.class)
class LocalEncryptedSecretStoreTest extends SecretStoreContractTest {

  @Inject SecretStore store;

  @Override
  protected SecretStore store() {
    return store;
  }
}
