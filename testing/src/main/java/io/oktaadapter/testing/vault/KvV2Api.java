package io.oktaadapter.testing.vault;

import io.oktaadapter.testing.vault.VaultPolicy.Capability;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The KV version 2 HTTP endpoints of the Vault double for one mount: {@code data}, {@code
 * metadata}, {@code delete}, {@code undelete} and {@code destroy}.
 */
final class KvV2Api {

  private final String mount;
  private final KvV2Store store;

  KvV2Api(String mount, KvV2Store store) {
    this.mount = mount;
    this.store = store;
  }

  boolean handles(String path) {
    return path.startsWith(mount + "/");
  }

  /** The capability Vault's ACL checks for a request, as its policy docs describe. */
  Capability capability(VaultExchange ex) {
    String sub = ex.path.substring(mount.length() + 1);
    switch (ex.method) {
      case "GET":
        return "true".equals(ex.query.get("list")) ? Capability.LIST : Capability.READ;
      case "LIST":
        return Capability.LIST;
      case "DELETE":
        return Capability.DELETE;
      default:
        if (sub.startsWith("data/")) {
          return store.secret(sub.substring(5)) == null ? Capability.CREATE : Capability.UPDATE;
        }
        return Capability.UPDATE;
    }
  }

  void handle(VaultExchange ex) throws IOException {
    String sub = ex.path.substring(mount.length() + 1);
    int slash = sub.indexOf('/');
    String op = slash < 0 ? sub : sub.substring(0, slash);
    String path = slash < 0 ? "" : sub.substring(slash + 1);
    switch (op) {
      case "data" -> data(ex, path);
      case "metadata" -> metadata(ex, path);
      case "delete" -> versions(ex, () -> store.softDelete(path, versionList(ex)));
      case "undelete" -> versions(ex, () -> store.undelete(path, versionList(ex)));
      case "destroy" -> versions(ex, () -> store.destroy(path, versionList(ex)));
      default -> ex.errors(404, "no handler for route \"" + ex.path + "\"");
    }
  }

  private void data(VaultExchange ex, String path) throws IOException {
    switch (ex.method) {
      case "GET" -> read(ex, path);
      case "POST", "PUT" -> write(ex, path);
      case "DELETE" -> {
        store.softDelete(path, null);
        ex.noContent();
      }
      default -> ex.errors(405, "unsupported operation");
    }
  }

  private void read(VaultExchange ex, String path) throws IOException {
    KvV2Store.Secret secret = store.secret(path);
    int wanted = Integer.parseInt(ex.query.getOrDefault("version", "0"));
    KvV2Store.Version version = null;
    int number = 0;
    if (secret != null) {
      number = wanted == 0 ? secret.currentVersion : wanted;
      version = secret.versions.get(number);
    }
    if (version == null) {
      ex.errors(404);
      return;
    }
    Map<String, Object> data = new LinkedHashMap<>();
    // Vault answers a deleted or destroyed version with 404, null data and its metadata.
    data.put("data", version.readable() ? version.data : null);
    data.put("metadata", versionMetadata(version, number, secret));
    ex.envelope(version.readable() ? 200 : 404, "data", data);
  }

  @SuppressWarnings("unchecked")
  private void write(VaultExchange ex, String path) throws IOException {
    Map<String, Object> body = ex.body();
    Object data = body.get("data");
    if (!(data instanceof Map)) {
      ex.errors(400, "no data provided");
      return;
    }
    Map<String, Object> options = (Map<String, Object>) body.getOrDefault("options", Map.of());
    Integer cas = options.get("cas") == null ? null : ((Number) options.get("cas")).intValue();
    int number = store.write(path, (Map<String, Object>) data, cas);
    KvV2Store.Secret secret = store.secret(path);
    ex.envelope(200, "data", versionMetadata(secret.versions.get(number), number, secret));
  }

  @SuppressWarnings("unchecked")
  private void metadata(VaultExchange ex, String path) throws IOException {
    boolean list = "LIST".equals(ex.method) || "true".equals(ex.query.get("list"));
    if (list) {
      List<String> keys = store.list(path);
      if (keys.isEmpty()) {
        ex.errors(404);
      } else {
        ex.envelope(200, "data", Map.of("keys", keys));
      }
      return;
    }
    switch (ex.method) {
      case "GET" -> readMetadata(ex, path);
      case "DELETE" -> {
        store.deleteMetadata(path);
        ex.noContent();
      }
      case "POST", "PUT" -> {
        Map<String, Object> body = ex.body();
        store.updateMetadata(
            path,
            body.get("max_versions") == null
                ? null
                : ((Number) body.get("max_versions")).intValue(),
            (Boolean) body.get("cas_required"),
            (Map<String, Object>) body.get("custom_metadata"));
        ex.noContent();
      }
      default -> ex.errors(405, "unsupported operation");
    }
  }

  private void readMetadata(VaultExchange ex, String path) throws IOException {
    KvV2Store.Secret secret = store.secret(path);
    if (secret == null) {
      ex.errors(404);
      return;
    }
    Map<String, Object> versions = new LinkedHashMap<>();
    secret.versions.forEach(
        (n, v) -> {
          Map<String, Object> meta = new LinkedHashMap<>();
          meta.put("created_time", v.createdTime.toString());
          meta.put("deletion_time", time(v.deletionTime));
          meta.put("destroyed", v.destroyed);
          versions.put(String.valueOf(n), meta);
        });
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("cas_required", secret.casRequired);
    data.put("created_time", secret.createdTime.toString());
    data.put("current_version", secret.currentVersion);
    data.put("custom_metadata", secret.customMetadata);
    data.put("delete_version_after", "0s");
    data.put("max_versions", secret.maxVersions);
    data.put("oldest_version", secret.oldestVersion());
    data.put("updated_time", secret.updatedTime.toString());
    data.put("versions", versions);
    ex.envelope(200, "data", data);
  }

  private void versions(VaultExchange ex, Runnable action) throws IOException {
    if (!"POST".equals(ex.method) && !"PUT".equals(ex.method)) {
      ex.errors(405, "unsupported operation");
      return;
    }
    action.run();
    ex.noContent();
  }

  @SuppressWarnings("unchecked")
  private static List<Integer> versionList(VaultExchange ex) {
    Object versions = ex.body().get("versions");
    if (!(versions instanceof List) || ((List<Object>) versions).isEmpty()) {
      throw new KvV2Store.BadRequest("no version number provided");
    }
    return ((List<Object>) versions).stream().map(v -> ((Number) v).intValue()).toList();
  }

  private static Map<String, Object> versionMetadata(
      KvV2Store.Version version, int number, KvV2Store.Secret secret) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("created_time", version.createdTime.toString());
    meta.put("custom_metadata", secret.customMetadata);
    meta.put("deletion_time", time(version.deletionTime));
    meta.put("destroyed", version.destroyed);
    meta.put("version", number);
    return meta;
  }

  private static String time(Instant instant) {
    return instant == null ? "" : instant.toString();
  }
}
