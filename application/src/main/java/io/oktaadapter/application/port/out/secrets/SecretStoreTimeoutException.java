package io.oktaadapter.application.port.out.secrets;

/** Failure of the secret store: it did not answer in time. */
public final class SecretStoreTimeoutException extends SecretStoreException {

  public SecretStoreTimeoutException(SecretRef ref, Throwable cause) {
    super(ref, "secret " + ref + ": timed out", cause);
  }
}
