package io.oktaadapter.testing.vault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Quarkus test resource: starts a {@link VaultApiDouble} and points quarkus-vault at it with a root
 * token (or an AppRole or Kubernetes login). Tests reach the running double through {@link
 * #vault()}.
 *
 * <p>Init args: {@code auth} = {@code token} (default: a token with {@link #adapterPolicy()}),
 * {@code approle} or {@code kubernetes}; {@code offline} = {@code true} to start with Vault not
 * listening (call {@code vault().online()} to bring it up).
 */
public class VaultTestResource implements QuarkusTestResourceLifecycleManager {

  private static volatile VaultApiDouble current;
  private static volatile String adapterToken;
  private String auth = "token";
  private boolean offline;

  /** The double of the test resource running now. */
  public static VaultApiDouble vault() {
    return current;
  }

  /** The token the adapter uses when {@code auth} is {@code token}. */
  public static String adapterToken() {
    return adapterToken;
  }

  @Override
  public void init(Map<String, String> initArgs) {
    auth = initArgs.getOrDefault("auth", "token");
    offline = Boolean.parseBoolean(initArgs.getOrDefault("offline", "false"));
  }

  @Override
  public Map<String, String> start() {
    current = VaultApiDouble.start();
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.vault.url", current.url());
    config.put("quarkus.vault.kv-secret-engine-version", "2");
    config.put("quarkus.vault.devservices.enabled", "false");
    switch (auth) {
      case "approle" -> {
        current.addAppRole("okta-adapter-role", "approle-secret-id", adapterPolicy());
        config.put("quarkus.vault.authentication.app-role.role-id", "okta-adapter-role");
        config.put("quarkus.vault.authentication.app-role.secret-id", "approle-secret-id");
      }
      case "kubernetes" -> {
        current.addKubernetesRole("okta-adapter", KubernetesJwt.VALUE, adapterPolicy());
        config.put("quarkus.vault.authentication.kubernetes.role", "okta-adapter");
        config.put("quarkus.vault.authentication.kubernetes.jwt-token-path", KubernetesJwt.file());
        // The double speaks plain HTTP; outside a pod there is no cluster CA to trust anyway.
        config.put("quarkus.vault.tls.use-kubernetes-ca-cert", "false");
      }
      default -> {
        adapterToken = current.createToken(adapterPolicy());
        config.put("quarkus.vault.authentication.client-token", adapterToken);
      }
    }
    if (offline) {
      current.offline();
    }
    return config;
  }

  /** The policy the adapter needs: everything under the KV v2 paths of {@code okta-adapter/}. */
  public static VaultPolicy adapterPolicy() {
    return VaultPolicy.named("okta-adapter")
        .allowAll("secret/data/okta-adapter/*")
        .allowAll("secret/metadata/okta-adapter/*")
        .allowAll("secret/delete/okta-adapter/*")
        .allowAll("secret/undelete/okta-adapter/*")
        .allowAll("secret/destroy/okta-adapter/*");
  }

  @Override
  public void stop() {
    if (current != null) {
      current.close();
    }
  }
}
