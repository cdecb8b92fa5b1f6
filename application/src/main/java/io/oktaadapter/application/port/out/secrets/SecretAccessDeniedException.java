package io.oktaadapter.application.port.out.secrets;

/**
 * Failure of the secret store: the adapter's identity may not use this secret (Vault 403 permission
 * denied).
 */
public final class SecretAccessDeniedException extends SecretStoreException {

  public SecretAccessDeniedException(SecretRef ref, Throwable cause) {
    super(ref, "secret " + ref + ": permission denied", cause);
  }
}
