package io.oktaadapter.application.port.out.secrets;

/** Failure of the secret store: it cannot serve requests now (unreachable, or Vault sealed). */
public final class SecretStoreUnavailableException extends SecretStoreException {

  /** Why the store is unavailable. */
  public enum Reason {
    UNREACHABLE,
    SEALED
  }

  private final Reason reason;

  public SecretStoreUnavailableException(SecretRef ref, Reason reason, Throwable cause) {
    super(
        ref,
        "secret "
            + ref
            + ": secret store "
            + (reason == Reason.SEALED ? "is sealed" : "is unreachable"),
        cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
