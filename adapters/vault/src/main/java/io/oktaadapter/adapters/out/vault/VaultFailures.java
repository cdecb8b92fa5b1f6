package io.oktaadapter.adapters.out.vault;

import io.oktaadapter.application.port.out.secrets.SecretAccessDeniedException;
import io.oktaadapter.application.port.out.secrets.SecretNotFoundException;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStoreException;
import io.oktaadapter.application.port.out.secrets.SecretStoreTimeoutException;
import io.oktaadapter.application.port.out.secrets.SecretStoreUnavailableException;
import io.oktaadapter.application.port.out.secrets.SecretStoreUnavailableException.Reason;
import io.oktaadapter.application.port.out.secrets.SecretVersionConflictException;
import io.quarkus.logging.Log;
import io.quarkus.vault.client.VaultClientException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Translates what the Vault client throws into the secrets port's typed failures, and logs each
 * failure in one clear line. Only Vault's status, its error strings and the secret's reference are
 * logged: Vault's error bodies never contain secret values, and request bodies are never logged.
 */
final class VaultFailures {

  private VaultFailures() {}

  /** The typed failure for what a Vault call threw. */
  static SecretStoreException classify(SecretRef ref, int expectedVersion, Throwable thrown) {
    Throwable cause = unwrap(thrown);
    if (cause instanceof VaultClientException e && e.getStatus() != null) {
      int status = e.getStatus();
      if (status == 404) {
        return new SecretNotFoundException(ref, e);
      }
      if (status == 403) {
        return new SecretAccessDeniedException(ref, e);
      }
      if (status == 400 && e.hasErrorContaining("check-and-set")) {
        return new SecretVersionConflictException(ref, expectedVersion, e);
      }
      Reason reason =
          status == 503 && e.hasErrorContaining("sealed") ? Reason.SEALED : Reason.UNREACHABLE;
      return new SecretStoreUnavailableException(ref, reason, e);
    }
    if (isTimeout(cause)) {
      return new SecretStoreTimeoutException(ref, cause);
    }
    return new SecretStoreUnavailableException(ref, Reason.UNREACHABLE, cause);
  }

  /** Logs a failure that reaches the port's caller: expected outcomes quietly, faults at ERROR. */
  static void log(String operation, SecretStoreException failure) {
    if (failure instanceof SecretNotFoundException) {
      Log.debugf("Vault %s of %s: not found", operation, failure.ref());
    } else if (failure instanceof SecretVersionConflictException) {
      Log.infof("Vault %s of %s: check-and-set conflict", operation, failure.ref());
    } else {
      Log.errorf(
          "Vault %s of %s failed (%s): %s",
          operation,
          failure.ref(),
          failure.getClass().getSimpleName(),
          describe(failure.getCause()));
    }
  }

  private static boolean isTimeout(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException
          || t instanceof java.net.http.HttpTimeoutException
          || t instanceof java.net.SocketTimeoutException
          || t.getClass().getSimpleName().contains("Timeout")) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable cause) {
    if (cause == null) {
      return "no detail";
    }
    if (cause instanceof VaultClientException e && e.getStatus() != null) {
      return "HTTP " + e.getStatus() + " " + e.getErrors();
    }
    Throwable root = cause;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (isTimeout(cause) ? " (timeout)" : "");
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable t = thrown;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
