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

/** The adapter gets its Vault token by Kubernetes service account login when configured so. */
@QuarkusTest
@TestProfile(VaultProfiles.Kubernetes.class)
class VaultKubernetesLoginTest {

  @Inject SecretStore store;

  @Test
  void givenKubernetesConfigured_writeAndRead_useATokenFromTheLogin() {
    store.write(SecretRef.oktaApiCredential(), SecretValue.of("from-kubernetes"));

    assertThat(store.read(SecretRef.oktaApiCredential()).value().reveal())
        .isEqualTo("from-kubernetes");
    assertThat(VaultTestResource.vault().requestedPaths()).contains("POST auth/kubernetes/login");
  }
}
