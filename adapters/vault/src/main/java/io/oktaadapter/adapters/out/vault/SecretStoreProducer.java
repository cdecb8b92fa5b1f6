package io.oktaadapter.adapters.out.vault;

import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.quarkus.logging.Log;
import io.quarkus.vault.client.VaultClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Secrets adapter wiring: produces the {@link SecretStore} of the configured backend. The store is
 * created on first use, and creating it never contacts Vault, so startup does not depend on Vault.
 */
@ApplicationScoped
class SecretStoreProducer {

  @Produces
  @ApplicationScoped
  SecretStore secretStore(SecretsConfig config, Instance<VaultClient> vault) {
    SecretPaths paths = new SecretPaths(config.paths());
    if (config.backend() == SecretsConfig.Backend.LOCAL) {
      EncryptedFile file =
          EncryptedFile.open(Path.of(config.local().directory()), config.local().key());
      Log.infof("Secrets are kept in the local encrypted store %s", file.path());
      LocalEncryptedSecretStore store =
          new LocalEncryptedSecretStore(file, paths, Clock.systemUTC());
      config.local().seed().forEach(store::seedIfAbsent);
      return store;
    }
    SecretsConfig.Vault settings = config.vault();
    Log.infof(
        "Secrets are kept in Vault, KV v2 mount %s under %s",
        settings.mount(), settings.basePath());
    return new VaultSecretStore(
        vault.get().secrets().kv2(settings.mount()),
        settings.basePath(),
        paths,
        new VaultRetries(settings));
  }
}
