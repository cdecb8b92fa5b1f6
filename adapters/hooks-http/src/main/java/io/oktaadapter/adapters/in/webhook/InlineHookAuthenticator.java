package io.oktaadapter.adapters.in.webhook;

import io.oktaadapter.application.port.in.secrets.VerifyHookSecretUseCase.HookSecretCheck;
import io.oktaadapter.domain.hook.HookKind;
import jakarta.inject.Singleton;

/**
 * Webhook adapter: authenticates an inline-hook call by the method configured for its type: the
 * shared inline-hook secret (through {@link HookAuthenticator}: constant time, rotation, refusal of
 * development secrets) or an Okta-signed JWT.
 */
@Singleton
class InlineHookAuthenticator {

  private final HookAuthenticator secrets;
  private final InlineJwtVerifier jwt;
  private final InlineHookConfig config;

  InlineHookAuthenticator(
      HookAuthenticator secrets, InlineJwtVerifier jwt, InlineHookConfig config) {
    this.secrets = secrets;
    this.jwt = jwt;
    this.config = config;
  }

  /**
   * Whether {@link #authenticate} would answer without I/O: always for a JWT (its key set is held
   * in memory), for the shared secret while the secrets are cached.
   */
  boolean answersFromMemory(String typeKey) {
    return oauth(typeKey) || secrets.answersFromMemory(HookKind.INLINE);
  }

  /** Whether the type is authenticated by an Okta-signed JWT rather than the shared secret. */
  boolean verifiesByJwt(String typeKey) {
    return oauth(typeKey);
  }

  private boolean oauth(String typeKey) {
    return "oauth"
        .equalsIgnoreCase(config.auth().modes().getOrDefault(typeKey, config.auth().mode()));
  }

  HookSecretCheck authenticate(String typeKey, String authorization) {
    if (oauth(typeKey)) {
      return jwt.verify(authorization) ? HookSecretCheck.ACCEPTED : HookSecretCheck.REJECTED;
    }
    return secrets.authenticate(HookKind.INLINE, authorization);
  }
}
