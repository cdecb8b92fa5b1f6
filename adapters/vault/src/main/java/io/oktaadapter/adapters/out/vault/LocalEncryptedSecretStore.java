package io.oktaadapter.adapters.out.vault;

import io.oktaadapter.application.port.out.secrets.SecretNotFoundException;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.application.port.out.secrets.SecretVersion;
import io.oktaadapter.application.port.out.secrets.SecretVersionConflictException;
import io.oktaadapter.application.port.out.secrets.VersionedSecret;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Local adapter: the secrets port on one AES-GCM encrypted file, for the local run. It follows the
 * Vault adapter's rules (versions from 1, at most {@value LocalVault#MAX_VERSIONS} kept,
 * check-and-set on the newest version) so that both pass the same port contract.
 */
final class LocalEncryptedSecretStore implements SecretStore {

  private final EncryptedFile file;
  private final SecretPaths paths;
  private final Clock clock;

  LocalEncryptedSecretStore(EncryptedFile file, SecretPaths paths, Clock clock) {
    this.file = file;
    this.paths = paths;
    this.clock = clock;
  }

  @Override
  public synchronized VersionedSecret read(SecretRef ref) {
    LocalVault.Entry entry = entry(ref);
    return readable(ref, entry.versions().get(entry.current()));
  }

  @Override
  public synchronized VersionedSecret read(SecretRef ref, int version) {
    return readable(ref, entry(ref).versions().get(version));
  }

  @Override
  public synchronized int write(SecretRef ref, SecretValue value) {
    LocalVault vault = file.load();
    int version = vault.append(paths.of(ref), value.reveal(), clock.instant());
    file.save(vault);
    return version;
  }

  @Override
  public synchronized int rotate(SecretRef ref, SecretValue next, int expectedVersion) {
    LocalVault vault = file.load();
    LocalVault.Entry entry = vault.entries().get(paths.of(ref));
    int current = entry == null ? 0 : entry.current();
    if (current != expectedVersion) {
      throw new SecretVersionConflictException(ref, expectedVersion, null);
    }
    int version = vault.append(paths.of(ref), next.reveal(), clock.instant());
    file.save(vault);
    return version;
  }

  /** Stores a value under a raw relative path unless the path already holds a secret. */
  synchronized void seedIfAbsent(String path, String value) {
    LocalVault vault = file.load();
    if (!vault.entries().containsKey(path)) {
      vault.append(path, value, clock.instant());
      file.save(vault);
    }
  }

  @Override
  public synchronized void delete(SecretRef ref) {
    LocalVault vault = file.load();
    if (vault.entries().remove(paths.of(ref)) != null) {
      file.save(vault);
    }
  }

  @Override
  public synchronized List<SecretVersion> versions(SecretRef ref) {
    return entry(ref).versions().values().stream()
        .map(v -> new SecretVersion(v.number(), v.createdAt(), false, false))
        .toList();
  }

  private LocalVault.Entry entry(SecretRef ref) {
    Map<String, LocalVault.Entry> entries = file.load().entries();
    LocalVault.Entry entry = entries.get(paths.of(ref));
    if (entry == null) {
      throw new SecretNotFoundException(ref, null);
    }
    return entry;
  }

  private static VersionedSecret readable(SecretRef ref, LocalVault.Version version) {
    if (version == null) {
      throw new SecretNotFoundException(ref, null);
    }
    return new VersionedSecret(
        SecretValue.of(version.value()), version.number(), version.createdAt());
  }
}
