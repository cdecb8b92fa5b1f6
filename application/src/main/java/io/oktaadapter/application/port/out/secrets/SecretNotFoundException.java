package io.oktaadapter.application.port.out.secrets;

/**
 * Failure of the secret store: the secret, or the asked-for version, does not exist or is deleted.
 */
public final class SecretNotFoundException extends SecretStoreException {

  public SecretNotFoundException(SecretRef ref, Throwable cause) {
    super(ref, "secret " + ref + ": not found", cause);
  }
}
