package io.oktaadapter.application.port.in.secrets;

import io.oktaadapter.domain.hook.HookKind;

/**
 * Inbound port: decides whether the authorization header value of an incoming Okta hook call is one
 * of the hook secrets valid now.
 */
public interface VerifyHookSecretUseCase {

  /**
   * @param presented the header value as received, or {@code null} when the header is missing
   */
  HookSecretCheck verify(HookKind kind, String presented);

  /**
   * Whether {@link #verify} would answer now from secrets held in memory, without asking the secret
   * store (so that a caller on an I/O thread need not move to a worker thread first).
   */
  boolean verifiesFromMemory(HookKind kind);

  /** The outcome of a check. */
  enum HookSecretCheck {
    /** The value matches the current or, during a rotation, the next secret. */
    ACCEPTED,
    /** The value matches no valid secret (or is missing). */
    REJECTED,
    /**
     * No secret is known: the store is unreachable and nothing usable is cached. The caller should
     * answer so that Okta retries (503), not as if the caller were unauthenticated.
     */
    UNAVAILABLE
  }
}
