package io.oktaadapter.application.port.out.secrets;

import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.hook.HookKind;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Objects;

/**
 * Value object: names a secret the adapter needs, in domain words. The secrets adapter maps each
 * kind of reference to a configured path in its store.
 */
public sealed interface SecretRef {

  /** The credential the adapter uses against the Okta management API (SSWS token or key). */
  record OktaApiCredential() implements SecretRef {}

  /**
   * The shared secret Okta sends with a hook. During a rotation two slots are in use: {@link
   * HookSecretSlot#CURRENT} and {@link HookSecretSlot#NEXT}.
   */
  record HookSecret(HookKind kind, HookSecretSlot slot) implements SecretRef {
    public HookSecret {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(slot, "slot");
    }
  }

  /** The OIDC client secret of one provisioned application of a tenant. */
  record ApplicationClientSecret(TenantKey tenant, ApplicationId application) implements SecretRef {
    public ApplicationClientSecret {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(application, "application");
    }
  }

  static SecretRef oktaApiCredential() {
    return new OktaApiCredential();
  }

  static SecretRef hookSecret(HookKind kind, HookSecretSlot slot) {
    return new HookSecret(kind, slot);
  }

  static SecretRef applicationClientSecret(TenantKey tenant, ApplicationId application) {
    return new ApplicationClientSecret(tenant, application);
  }
}
