package io.oktaadapter.application.service.inline;

import io.oktaadapter.application.port.in.inline.VerifyLegacyPasswordUseCase;
import io.oktaadapter.application.port.out.inline.LegacyCredentialStore;
import io.oktaadapter.application.port.out.inline.LegacyPasswordHash;
import io.oktaadapter.application.port.out.inline.PasswordHashes;
import java.util.Objects;
import java.util.Optional;

/** Use case: a legacy password is VERIFIED only when it matches the stored hash. */
public final class VerifyLegacyPasswordService implements VerifyLegacyPasswordUseCase {

  // Checked when the login is unknown, so that an unknown login costs as long as a wrong password.
  private static final LegacyPasswordHash DECOY =
      new LegacyPasswordHash(
          "bcrypt", "$2a$10$EGyrD.BYTPw/7LSPnfc/oO/p.ZYb4uEAlDuDdOYd83LJY5X3325R2");

  private final LegacyCredentialStore store;
  private final PasswordHashes hashes;

  public VerifyLegacyPasswordService(LegacyCredentialStore store, PasswordHashes hashes) {
    this.store = Objects.requireNonNull(store, "store");
    this.hashes = Objects.requireNonNull(hashes, "hashes");
  }

  @Override
  public PasswordVerdict verify(String login, char[] password) {
    if (login == null || password == null || password.length == 0) {
      return PasswordVerdict.UNVERIFIED;
    }
    Optional<LegacyPasswordHash> stored = store.find(login.strip());
    boolean matches = hashes.matches(stored.orElse(DECOY), password);
    return matches && stored.isPresent() ? PasswordVerdict.VERIFIED : PasswordVerdict.UNVERIFIED;
  }
}
