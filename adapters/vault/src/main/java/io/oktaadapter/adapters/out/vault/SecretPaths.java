package io.oktaadapter.adapters.out.vault;

import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretRef.ApplicationClientSecret;
import io.oktaadapter.application.port.out.secrets.SecretRef.HookSecret;
import io.oktaadapter.application.port.out.secrets.SecretRef.OktaApiCredential;
import io.oktaadapter.domain.hook.HookKind;
import java.util.Locale;

/** Maps the secrets port's references to paths relative to a store's base folder. */
final class SecretPaths {

  private final SecretsConfig.Paths config;

  SecretPaths(SecretsConfig.Paths config) {
    this.config = config;
  }

  String of(SecretRef ref) {
    if (ref instanceof OktaApiCredential) {
      return config.oktaApiCredential();
    }
    if (ref instanceof HookSecret hook) {
      String folder = hook.kind() == HookKind.EVENT ? config.eventHook() : config.inlineHook();
      return folder + "/" + hook.slot().name().toLowerCase(Locale.ROOT);
    }
    ApplicationClientSecret app = (ApplicationClientSecret) ref;
    return config
        .applicationClientSecret()
        .replace("{tenant}", app.tenant().value())
        .replace("{app}", app.application().toString());
  }
}
