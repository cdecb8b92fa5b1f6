package io.oktaadapter.bootstrap.e2e;

import io.oktaadapter.application.port.out.secrets.HookSecretSlot;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.domain.hook.HookKind;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Test data: stores the event and inline hook secrets in the secrets backend of the test profile
 * (the local encrypted store), so hook calls are verified by the real verification use case.
 */
@ApplicationScoped
public class TestHookSecrets {

  static final String EVENT_SECRET = "test-event-hook-secret";
  static final String INLINE_SECRET = "test-inline-hook-secret";

  void seed(@Observes StartupEvent event, SecretStore store) {
    store.write(
        SecretRef.hookSecret(HookKind.EVENT, HookSecretSlot.CURRENT), SecretValue.of(EVENT_SECRET));
    store.write(
        SecretRef.hookSecret(HookKind.INLINE, HookSecretSlot.CURRENT),
        SecretValue.of(INLINE_SECRET));
  }
}
