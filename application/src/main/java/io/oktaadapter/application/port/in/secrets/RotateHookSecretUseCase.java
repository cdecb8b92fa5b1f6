package io.oktaadapter.application.port.in.secrets;

import io.oktaadapter.domain.hook.HookKind;

/**
 * Inbound port: rotates the shared secret of one kind of Okta hook in two steps, so that Okta and
 * every adapter replica switch over without a rejected delivery.
 *
 * <ol>
 *   <li>{@link #start}: a next secret is generated and stored; from then on the adapter accepts the
 *       current and the next secret.
 *   <li>{@link #complete}: once every replica has seen the next secret, Okta is switched to it, it
 *       becomes the current secret, and the old one is no longer accepted.
 * </ol>
 */
public interface RotateHookSecretUseCase {

  HookSecretRotation start(HookKind kind);

  HookSecretRotation complete(HookKind kind);
}
