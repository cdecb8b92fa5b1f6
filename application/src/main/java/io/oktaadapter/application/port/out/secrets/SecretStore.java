package io.oktaadapter.application.port.out.secrets;

import java.util.List;

/**
 * Outbound port for the one place secrets live (Vault in production, an encrypted local file for
 * the local run). Every method throws a {@link SecretStoreException} subtype on failure; none of
 * them ever carries a secret value.
 */
public interface SecretStore {

  /**
   * Reads the newest version of a secret.
   *
   * @throws SecretNotFoundException when the secret does not exist or its newest version is deleted
   */
  VersionedSecret read(SecretRef ref);

  /**
   * Reads one version of a secret.
   *
   * @throws SecretNotFoundException when that version does not exist, or is deleted or destroyed
   */
  VersionedSecret read(SecretRef ref, int version);

  /**
   * Writes a new version of a secret, creating the secret when it does not exist.
   *
   * @return the number of the version written
   */
  int write(SecretRef ref, SecretValue value);

  /**
   * Writes a new version only if the newest version is still {@code expectedVersion} (0: only if
   * the secret does not exist yet), so that two concurrent rotations cannot both win.
   *
   * @return the number of the version written
   * @throws SecretVersionConflictException when another version was written in between
   */
  int rotate(SecretRef ref, SecretValue next, int expectedVersion);

  /** Deletes the secret with all its versions and metadata; nothing happens if it is absent. */
  void delete(SecretRef ref);

  /**
   * Lists the versions the store keeps of a secret, oldest first.
   *
   * @throws SecretNotFoundException when the secret does not exist
   */
  List<SecretVersion> versions(SecretRef ref);
}
