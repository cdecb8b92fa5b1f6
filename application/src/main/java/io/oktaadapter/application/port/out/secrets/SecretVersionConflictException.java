package io.oktaadapter.application.port.out.secrets;

/** Failure of the secret store: a check-and-set write found another version than expected. */
public final class SecretVersionConflictException extends SecretStoreException {

  private final int expectedVersion;

  public SecretVersionConflictException(SecretRef ref, int expectedVersion, Throwable cause) {
    super(ref, "secret " + ref + ": newest version is not " + expectedVersion, cause);
    this.expectedVersion = expectedVersion;
  }

  public int expectedVersion() {
    return expectedVersion;
  }
}
