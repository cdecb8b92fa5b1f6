package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.application.port.out.okta.OktaFailure;
import java.util.Optional;
import java.util.function.Supplier;

/** Okta REST adapter: helpers for Okta's 404s where the port treats absence as an outcome. */
final class NotFound {

  private NotFound() {}

  /** The call's result, or empty when Okta answered not found. */
  static <T> Optional<T> asEmpty(Supplier<T> call) {
    try {
      return Optional.ofNullable(call.get());
    } catch (OktaFailure.NotFound e) {
      return Optional.empty();
    }
  }

  /** Runs a delete; a resource that is already gone is what the caller wanted. */
  static void ignored(Runnable delete) {
    try {
      delete.run();
    } catch (OktaFailure.NotFound e) {
      // Already deleted, e.g. by an earlier attempt whose answer was lost.
    }
  }

  /** Okta's SCIM filter literal for a string value. */
  static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
