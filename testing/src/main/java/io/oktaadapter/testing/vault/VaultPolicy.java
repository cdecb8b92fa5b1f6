package io.oktaadapter.testing.vault;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A Vault ACL policy as the double understands it: API paths (without {@code /v1/}) mapped to
 * capabilities. A path ending in {@code *} matches every path with that prefix, as in Vault's HCL
 * policies.
 */
public final class VaultPolicy {

  /** Vault's capabilities that the double checks. */
  public enum Capability {
    CREATE,
    READ,
    UPDATE,
    DELETE,
    LIST
  }

  private static final Set<Capability> ALL = Set.of(Capability.values());

  private final String name;
  private final Map<String, Set<Capability>> rules = new LinkedHashMap<>();

  private VaultPolicy(String name) {
    this.name = name;
  }

  public static VaultPolicy named(String name) {
    return new VaultPolicy(name);
  }

  /** The {@code root} policy: everything is allowed. */
  public static VaultPolicy root() {
    return named("root").allow("*", Capability.values());
  }

  public VaultPolicy allow(String path, Capability... capabilities) {
    rules.put(path, Set.of(capabilities));
    return this;
  }

  /** Allows everything on a path. */
  public VaultPolicy allowAll(String path) {
    rules.put(path, ALL);
    return this;
  }

  public String name() {
    return name;
  }

  /** Whether the policy grants {@code capability} on {@code path}; the most specific rule wins. */
  public boolean permits(String path, Capability capability) {
    String best = null;
    for (String rule : rules.keySet()) {
      boolean match =
          rule.endsWith("*")
              ? path.startsWith(rule.substring(0, rule.length() - 1))
              : path.equals(rule);
      if (match && (best == null || rule.length() > best.length())) {
        best = rule;
      }
    }
    return best != null && rules.get(best).contains(capability);
  }
}
