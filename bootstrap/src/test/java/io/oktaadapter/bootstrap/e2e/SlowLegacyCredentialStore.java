package io.oktaadapter.bootstrap.e2e;

import io.oktaadapter.application.port.out.inline.LegacyCredentialStore;
import io.oktaadapter.application.port.out.inline.LegacyPasswordHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Optional;

/** Test double: a legacy credential store that takes far longer than Okta waits. */
// No @Priority: that would enable it everywhere; only InlineHookDeadlineTest's profile does.
@Alternative
@ApplicationScoped
public class SlowLegacyCredentialStore implements LegacyCredentialStore {

  @Override
  public Optional<LegacyPasswordHash> find(String login) {
    try {
      Thread.sleep(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }
}
