package io.oktaadapter.adapters.in.webhook;

import io.oktaadapter.application.port.in.secrets.VerifyHookSecretUseCase.HookSecretCheck;
import io.oktaadapter.domain.hook.HookKind;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Webhook adapter: authenticates an inline-hook call by the method configured for its type: the
 * shared inline-hook secret (through {@link HookAuthenticator}: constant time, rotation, refusal of
 * development secrets) or an Okta-signed JWT.
 */
@ApplicationScoped
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

  HookSecretCheck authenticate(String typeKey, String authorization) {
    String mode = config.auth().modes().getOrDefault(typeKey, config.auth().mode());
    if ("oauth".equalsIgnoreCase(mode)) {
      return jwt.verify(authorization) ? HookSecretCheck.ACCEPTED : HookSecretCheck.REJECTED;
    }
    return secrets.authenticate(HookKind.INLINE, authorization);
  }
}
