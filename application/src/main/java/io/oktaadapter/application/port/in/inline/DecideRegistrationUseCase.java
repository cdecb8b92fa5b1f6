package io.oktaadapter.application.port.in.inline;

import io.oktaadapter.domain.tenant.TenantKey;

/** Inbound port: decides whether a self-service sign-up with an e-mail address may proceed. */
public interface DecideRegistrationUseCase {

  /**
   * @param email the address the person registers with, as submitted (possibly malformed or null)
   */
  RegistrationDecision decide(String email);

  /** The outcome of a decision. */
  sealed interface RegistrationDecision {}

  /** A tenant accepts sign-ups from the address's domain; the user joins it. */
  record Allow(TenantKey tenant) implements RegistrationDecision {}

  /** No tenant accepts the address; {@code reason} is safe to show to the person. */
  record Deny(String reason) implements RegistrationDecision {}
}
