package io.oktaadapter.application.port.out.inline;

import java.util.Objects;

/**
 * A legacy password hash as stored. {@code toString} never shows the hash.
 *
 * @param scheme how {@code encoded} was produced: {@code bcrypt}, {@code pbkdf2-sha256} or {@code
 *     sha256-salted}
 * @param encoded the hash in the scheme's encoding (see the legacy credential adapter)
 */
public record LegacyPasswordHash(String scheme, String encoded) {

  public LegacyPasswordHash {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(encoded, "encoded");
  }

  @Override
  public String toString() {
    return "LegacyPasswordHash[" + scheme + "]";
  }
}
