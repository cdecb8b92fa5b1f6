package io.oktaadapter.testing.vault;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * State of one KV version 2 secrets engine mount of the Vault double: versioned secrets with their
 * metadata, following Vault's rules (soft delete, undelete, destroy, check-and-set, max versions).
 */
final class KvV2Store {

  static final int DEFAULT_MAX_VERSIONS = 10;

  static final class Version {
    final Map<String, Object> data;
    final Instant createdTime;
    Instant deletionTime;
    boolean destroyed;

    Version(Map<String, Object> data, Instant createdTime) {
      this.data = data;
      this.createdTime = createdTime;
    }

    boolean readable() {
      return deletionTime == null && !destroyed;
    }
  }

  static final class Secret {
    final TreeMap<Integer, Version> versions = new TreeMap<>();
    final Instant createdTime;
    Instant updatedTime;
    int currentVersion;
    int maxVersions;
    boolean casRequired;
    Map<String, Object> customMetadata;

    Secret(Instant createdTime) {
      this.createdTime = createdTime;
      this.updatedTime = createdTime;
    }

    int oldestVersion() {
      return versions.isEmpty() ? 0 : versions.firstKey();
    }
  }

  /** Thrown for a request Vault answers with 400 and the given message. */
  static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message);
    }
  }

  private final Map<String, Secret> secrets = new TreeMap<>();
  private final Clock clock;

  KvV2Store(Clock clock) {
    this.clock = clock;
  }

  synchronized Secret secret(String path) {
    return secrets.get(path);
  }

  synchronized int write(String path, Map<String, Object> data, Integer cas) {
    Secret secret = secrets.get(path);
    int current = secret == null ? 0 : secret.currentVersion;
    if (cas == null && secret != null && secret.casRequired) {
      throw new BadRequest("check-and-set parameter required for this call");
    }
    if (cas != null && cas != current) {
      throw new BadRequest("check-and-set parameter did not match the current version");
    }
    Instant now = clock.instant();
    if (secret == null) {
      secret = new Secret(now);
      secrets.put(path, secret);
    }
    secret.currentVersion = current + 1;
    secret.updatedTime = now;
    secret.versions.put(secret.currentVersion, new Version(new LinkedHashMap<>(data), now));
    int max = secret.maxVersions > 0 ? secret.maxVersions : DEFAULT_MAX_VERSIONS;
    while (secret.versions.size() > max) {
      secret.versions.pollFirstEntry();
    }
    return secret.currentVersion;
  }

  synchronized void softDelete(String path, List<Integer> versions) {
    Secret secret = secrets.get(path);
    if (secret == null) {
      return;
    }
    List<Integer> which = versions == null ? List.of(secret.currentVersion) : versions;
    for (int v : which) {
      Version version = secret.versions.get(v);
      if (version != null && version.deletionTime == null) {
        version.deletionTime = clock.instant();
      }
    }
  }

  synchronized void undelete(String path, List<Integer> versions) {
    Secret secret = secrets.get(path);
    if (secret != null) {
      versions.stream()
          .map(secret.versions::get)
          .filter(v -> v != null && !v.destroyed)
          .forEach(v -> v.deletionTime = null);
    }
  }

  synchronized void destroy(String path, List<Integer> versions) {
    Secret secret = secrets.get(path);
    if (secret != null) {
      versions.stream()
          .map(secret.versions::get)
          .filter(v -> v != null)
          .forEach(
              v -> {
                v.destroyed = true;
                v.data.clear();
              });
    }
  }

  synchronized void deleteMetadata(String path) {
    secrets.remove(path);
  }

  synchronized void updateMetadata(
      String path, Integer maxVersions, Boolean casRequired, Map<String, Object> custom) {
    Secret secret = secrets.computeIfAbsent(path, p -> new Secret(clock.instant()));
    if (maxVersions != null) {
      secret.maxVersions = maxVersions;
    }
    if (casRequired != null) {
      secret.casRequired = casRequired;
    }
    if (custom != null) {
      secret.customMetadata = new LinkedHashMap<>(custom);
    }
    secret.updatedTime = clock.instant();
  }

  /** The keys directly under a folder: secret names, and sub-folders with a trailing slash. */
  synchronized List<String> list(String folder) {
    String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
    TreeSet<String> keys = new TreeSet<>();
    for (String path : secrets.keySet()) {
      if (path.startsWith(prefix)) {
        String rest = path.substring(prefix.length());
        int slash = rest.indexOf('/');
        keys.add(slash < 0 ? rest : rest.substring(0, slash + 1));
      }
    }
    return new ArrayList<>(keys);
  }
}
