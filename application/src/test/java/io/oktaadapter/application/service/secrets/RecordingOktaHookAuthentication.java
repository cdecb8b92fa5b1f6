package io.oktaadapter.application.service.secrets;

import io.oktaadapter.application.port.out.okta.OktaHookAuthentication;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.domain.hook.HookKind;
import java.util.EnumMap;
import java.util.Map;

/** Test fake of the Okta port: remembers the header Okta would send per kind of hook. */
final class RecordingOktaHookAuthentication implements OktaHookAuthentication {

  final Map<HookKind, SecretValue> headers = new EnumMap<>(HookKind.class);

  @Override
  public void updateAuthHeader(HookKind kind, SecretValue secret) {
    headers.put(kind, secret);
  }
}
