package io.oktaadapter.application.port.out.inline;

/** Outbound port: checks a password against a legacy hash, in time independent of the match. */
public interface PasswordHashes {

  /** False also for an unknown scheme or a malformed hash. */
  boolean matches(LegacyPasswordHash hash, char[] password);
}
