package io.oktaadapter.adapters.out.vault;

import io.oktaadapter.application.port.out.secrets.SecretNotFoundException;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.port.out.secrets.SecretStoreException;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.application.port.out.secrets.SecretVersion;
import io.oktaadapter.application.port.out.secrets.SecretVersionConflictException;
import io.oktaadapter.application.port.out.secrets.VersionedSecret;
import io.quarkus.vault.client.api.secrets.kv2.VaultSecretsKV2;
import io.quarkus.vault.client.api.secrets.kv2.VaultSecretsKV2ReadSecretData;
import io.quarkus.vault.client.api.secrets.kv2.VaultSecretsKV2ReadSecretMetadataResultData;
import io.quarkus.vault.client.api.secrets.kv2.VaultSecretsKV2UpdateSecretOptions;
import io.smallrye.faulttolerance.api.Guard;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Vault adapter: the secrets port on Vault's KV version 2 engine. Each secret is one KV path whose
 * data holds the value under {@value #VALUE_KEY}; Vault keeps the versions.
 */
final class VaultSecretStore implements SecretStore {

  static final String VALUE_KEY = "value";
  private static final int MAX_WRITE_ATTEMPTS = 3;

  private final VaultSecretsKV2 kv;
  private final String basePath;
  private final SecretPaths paths;
  private final VaultRetries retries;

  VaultSecretStore(VaultSecretsKV2 kv, String basePath, SecretPaths paths, VaultRetries retries) {
    this.kv = kv;
    this.basePath = basePath;
    this.paths = paths;
    this.retries = retries;
  }

  @Override
  public VersionedSecret read(SecretRef ref) {
    return toSecret(call("read", ref, retries.reads(), () -> kv.readSecret(path(ref))));
  }

  @Override
  public VersionedSecret read(SecretRef ref, int version) {
    return toSecret(call("read", ref, retries.reads(), () -> kv.readSecret(path(ref), version)));
  }

  @Override
  public int write(SecretRef ref, SecretValue value) {
    // A check-and-set write on the version just seen: only then is the written version known,
    // because the Vault client drops the version from Vault's write response.
    for (int attempt = 1; ; attempt++) {
      try {
        return rotate(ref, value, currentVersion(ref));
      } catch (SecretVersionConflictException e) {
        if (attempt == MAX_WRITE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  @Override
  public int rotate(SecretRef ref, SecretValue next, int expectedVersion) {
    VaultSecretsKV2UpdateSecretOptions options =
        new VaultSecretsKV2UpdateSecretOptions().setCas(expectedVersion);
    Map<String, Object> data = Map.of(VALUE_KEY, next.reveal());
    call(
        "write",
        ref,
        expectedVersion,
        retries.writes(),
        () -> kv.updateSecret(path(ref), options, data));
    return expectedVersion + 1;
  }

  @Override
  public void delete(SecretRef ref) {
    call("delete", ref, retries.writes(), () -> kv.deleteSecretMetadata(path(ref)));
  }

  @Override
  public List<SecretVersion> versions(SecretRef ref) {
    VaultSecretsKV2ReadSecretMetadataResultData metadata =
        call("metadata read", ref, retries.reads(), () -> kv.readSecretMetadata(path(ref)));
    return metadata.getVersions().entrySet().stream()
        .map(
            e ->
                new SecretVersion(
                    Integer.parseInt(e.getKey()),
                    e.getValue().getCreatedTime().toInstant(),
                    e.getValue().getDeletionTime() != null,
                    Boolean.TRUE.equals(e.getValue().isDestroyed())))
        .sorted(Comparator.comparingInt(SecretVersion::version))
        .toList();
  }

  private int currentVersion(SecretRef ref) {
    try {
      Integer current =
          call("metadata read", ref, retries.reads(), () -> kv.readSecretMetadata(path(ref)))
              .getCurrentVersion();
      return current == null ? 0 : current;
    } catch (SecretNotFoundException e) {
      return 0;
    }
  }

  private <T> T call(
      String operation, SecretRef ref, Guard guard, Supplier<CompletionStage<T>> request) {
    return call(operation, ref, -1, guard, request);
  }

  private <T> T call(
      String operation,
      SecretRef ref,
      int expectedVersion,
      Guard guard,
      Supplier<CompletionStage<T>> request) {
    try {
      Supplier<T> attempt =
          () -> {
            try {
              return request.get().toCompletableFuture().join();
            } catch (RuntimeException e) {
              // Typed inside the guard, so that it retries on the port's failure types.
              throw VaultFailures.classify(ref, expectedVersion, e);
            }
          };
      @SuppressWarnings("unchecked")
      T result = (T) guard.get((Supplier<Object>) attempt, Object.class);
      return result;
    } catch (SecretStoreException e) {
      VaultFailures.log(operation, e);
      throw e;
    }
  }

  private VersionedSecret toSecret(VaultSecretsKV2ReadSecretData read) {
    Object value = read.getData() == null ? null : read.getData().get(VALUE_KEY);
    return new VersionedSecret(
        SecretValue.of(String.valueOf(value)),
        read.getMetadata().getVersion(),
        read.getMetadata().getCreatedTime().toInstant());
  }

  private String path(SecretRef ref) {
    return basePath + "/" + paths.of(ref);
  }
}
