package io.oktaadapter.adapters.out.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.out.secrets.HookSecretSlot;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.domain.hook.HookKind;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(VaultProfiles.Local.class)
class LocalEncryptedSecretStoreTest extends SecretStoreContractTest {

  static final String SEEDED_INLINE_SECRET = "seeded-inline-secret";

  @Inject SecretStore store;

  @Test
  void givenSeedConfigured_read_returnsTheSeededSecret() {
    SecretRef ref = SecretRef.hookSecret(HookKind.INLINE, HookSecretSlot.CURRENT);

    assertThat(store.read(ref).value().reveal()).isEqualTo(SEEDED_INLINE_SECRET);
  }

  @Override
  protected SecretStore store() {
    return store;
  }
}
