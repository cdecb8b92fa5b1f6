package io.oktaadapter.testing.local;

import io.oktaadapter.testing.vault.VaultApiDouble;
import java.util.List;

/**
 * Local-run service, opt-in ({@code --vault}): the project's Vault API double, because no real
 * Vault server can be obtained here (ADR-0004). The dev profile keeps secrets in the local store
 * and does not need it; the startup benchmark runs the prod profile, whose readiness asks Vault.
 */
public final class LocalVault implements LocalService {

  static final int DEFAULT_PORT = 8200;

  private VaultApiDouble vault;

  @Override
  public String name() {
    return "vault";
  }

  @Override
  public List<Endpoint> start(LocalSettings settings) {
    vault = VaultApiDouble.start(settings.port("vault", DEFAULT_PORT), "secret");
    return List.of(
        new Endpoint("OKTA_ADAPTER_LOCAL_VAULT_URL", vault.url(), "Vault API double URL"),
        new Endpoint(
            "OKTA_ADAPTER_LOCAL_VAULT_TOKEN", vault.rootToken(), "Vault root token (local only)"));
  }

  @Override
  public void close() {
    if (vault != null) {
      vault.close();
      vault = null;
    }
  }
}
