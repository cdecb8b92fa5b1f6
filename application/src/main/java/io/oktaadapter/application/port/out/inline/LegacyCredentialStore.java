package io.oktaadapter.application.port.out.inline;

import java.util.Optional;

/** Outbound port for the password hashes of the legacy installations, read during migration. */
public interface LegacyCredentialStore {

  /** The stored hash of the user with this login (compared case-insensitively). */
  Optional<LegacyPasswordHash> find(String login);
}
