package io.oktaadapter.application.port.out.okta;

import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.domain.hook.HookKind;

/**
 * Outbound port for the authorization header Okta sends with the adapter's hooks: switching it is
 * the step of a hook secret rotation that happens in Okta.
 */
public interface OktaHookAuthentication {

  /**
   * Sets the value of the authorization header of every Okta hook of this kind that calls the
   * adapter.
   */
  void updateAuthHeader(HookKind kind, SecretValue secret);
}
