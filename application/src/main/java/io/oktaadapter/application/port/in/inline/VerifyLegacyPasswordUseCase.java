package io.oktaadapter.application.port.in.inline;

/**
 * Inbound port: checks a password that a user of a legacy installation signs in with against the
 * hash the installation kept, so Okta can import it.
 */
public interface VerifyLegacyPasswordUseCase {

  /** Never logs or keeps the password; the caller should clear the array afterwards. */
  PasswordVerdict verify(String login, char[] password);

  /** Okta's two credential states. */
  enum PasswordVerdict {
    VERIFIED,
    UNVERIFIED
  }
}
