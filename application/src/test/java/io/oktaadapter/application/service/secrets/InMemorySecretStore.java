package io.oktaadapter.application.service.secrets;

import io.oktaadapter.application.port.out.secrets.SecretNotFoundException;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.port.out.secrets.SecretStoreUnavailableException;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.application.port.out.secrets.SecretVersion;
import io.oktaadapter.application.port.out.secrets.SecretVersionConflictException;
import io.oktaadapter.application.port.out.secrets.VersionedSecret;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test fake of the secret store port, with a switch that makes it unreachable. */
final class InMemorySecretStore implements SecretStore {

  private final Map<SecretRef, List<VersionedSecret>> secrets = new HashMap<>();
  private final Clock clock;
  private boolean reachable = true;
  private int calls;

  InMemorySecretStore(Clock clock) {
    this.clock = clock;
  }

  void reachable(boolean reachable) {
    this.reachable = reachable;
  }

  /** How many calls reached the store so far (failed ones included). */
  int calls() {
    return calls;
  }

  @Override
  public synchronized VersionedSecret read(SecretRef ref) {
    List<VersionedSecret> versions = versionsOf(ref);
    return versions.get(versions.size() - 1);
  }

  @Override
  public synchronized VersionedSecret read(SecretRef ref, int version) {
    List<VersionedSecret> versions = versionsOf(ref);
    if (version < 1 || version > versions.size()) {
      throw new SecretNotFoundException(ref, null);
    }
    return versions.get(version - 1);
  }

  @Override
  public synchronized int write(SecretRef ref, SecretValue value) {
    check(ref);
    List<VersionedSecret> versions = secrets.computeIfAbsent(ref, r -> new ArrayList<>());
    versions.add(new VersionedSecret(value, versions.size() + 1, clock.instant()));
    return versions.size();
  }

  @Override
  public synchronized int rotate(SecretRef ref, SecretValue next, int expectedVersion) {
    check(ref);
    if (secrets.getOrDefault(ref, List.of()).size() != expectedVersion) {
      throw new SecretVersionConflictException(ref, expectedVersion, null);
    }
    return write(ref, next);
  }

  @Override
  public synchronized void delete(SecretRef ref) {
    check(ref);
    secrets.remove(ref);
  }

  @Override
  public synchronized List<SecretVersion> versions(SecretRef ref) {
    return versionsOf(ref).stream()
        .map(v -> new SecretVersion(v.version(), v.createdAt(), false, false))
        .toList();
  }

  private List<VersionedSecret> versionsOf(SecretRef ref) {
    check(ref);
    List<VersionedSecret> versions = secrets.get(ref);
    if (versions == null) {
      throw new SecretNotFoundException(ref, null);
    }
    return versions;
  }

  private void check(SecretRef ref) {
    calls++;
    if (!reachable) {
      throw new SecretStoreUnavailableException(
          ref, SecretStoreUnavailableException.Reason.UNREACHABLE, null);
    }
  }
}
