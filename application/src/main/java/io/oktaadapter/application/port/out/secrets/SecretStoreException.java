package io.oktaadapter.application.port.out.secrets;

import java.util.Objects;

/**
 * Base of the secret store's failures. Messages name the secret by its {@link SecretRef} and the
 * store's reason, never by value.
 */
public abstract sealed class SecretStoreException extends RuntimeException
    permits SecretNotFoundException,
        SecretAccessDeniedException,
        SecretStoreUnavailableException,
        SecretStoreTimeoutException,
        SecretVersionConflictException {

  private final transient SecretRef ref;

  protected SecretStoreException(SecretRef ref, String message, Throwable cause) {
    super(message, cause);
    this.ref = Objects.requireNonNull(ref, "ref");
  }

  public SecretRef ref() {
    return ref;
  }
}
