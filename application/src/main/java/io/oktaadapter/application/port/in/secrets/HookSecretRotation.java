package io.oktaadapter.application.port.in.secrets;

import io.oktaadapter.domain.hook.HookKind;
import java.time.Instant;

/** Outcome of a step of a hook secret rotation. Carries version numbers, never a secret. */
public sealed interface HookSecretRotation {

  HookKind kind();

  /** A next secret is stored; both secrets are accepted from now on (after the cache TTL). */
  record Started(HookKind kind, int nextVersion, Instant completableFrom)
      implements HookSecretRotation {}

  /** Okta sends the new secret, which is now the current one; the old one is rejected. */
  record Completed(HookKind kind, int currentVersion) implements HookSecretRotation {}

  /** The step was refused; nothing changed. */
  record Refused(HookKind kind, Reason reason, String detail) implements HookSecretRotation {}

  /** Why a rotation step was refused. */
  enum Reason {
    /** {@code start} while a next secret already exists. */
    ALREADY_IN_PROGRESS,
    /** {@code complete} without a started rotation. */
    NOT_IN_PROGRESS,
    /**
     * {@code complete} before every replica's cache can have picked up the next secret: switching
     * Okta now could get deliveries rejected.
     */
    NEXT_SECRET_NOT_YET_PROPAGATED
  }
}
