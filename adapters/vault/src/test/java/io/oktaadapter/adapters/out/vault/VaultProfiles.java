package io.oktaadapter.adapters.out.vault;

import io.oktaadapter.testing.vault.VaultTestResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** Test profiles: one Quarkus application per way of reaching the secrets backend. */
final class VaultProfiles {

  private VaultProfiles() {}

  /** Vault double, token authentication with the adapter's policy. */
  public static final class Token implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(VaultTestResource.class));
    }
  }

  /** Vault double, AppRole login. */
  public static final class AppRole implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(VaultTestResource.class, Map.of("auth", "approle")));
    }
  }

  /** Vault double, Kubernetes service account login. */
  public static final class Kubernetes implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(VaultTestResource.class, Map.of("auth", "kubernetes")));
    }
  }

  /** Vault double not listening when the application starts. */
  public static final class VaultDownAtStartup implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(VaultTestResource.class, Map.of("offline", "true")));
    }
  }

  /** The local encrypted store in a throw-away folder. */
  public static final class Local implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "okta-adapter.secrets.backend",
          "local",
          "okta-adapter.secrets.local.directory",
          "target/local-secrets-" + System.nanoTime(),
          "okta-adapter.secrets.local.seed.\"hooks/inline/current\"",
          LocalEncryptedSecretStoreTest.SEEDED_INLINE_SECRET);
    }
  }
}
