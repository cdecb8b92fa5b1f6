package io.oktaadapter.application.service.notification;

import io.oktaadapter.application.port.in.notification.NotifyHookSecretRotationDueUseCase;
import io.oktaadapter.application.port.out.notification.NotificationOutbox;
import io.oktaadapter.application.port.out.secrets.HookSecretSlot;
import io.oktaadapter.application.port.out.secrets.SecretNotFoundException;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.port.out.secrets.VersionedSecret;
import io.oktaadapter.domain.hook.HookKind;
import java.time.Clock;
import java.util.Objects;

/**
 * Use case: a hook whose current secret is older than the allowed age, and whose rotation is not
 * open yet, is due for rotation; the support address is told once per secret version (the dedup
 * key), however many replicas check. Only the secret's version and age are read, never shown.
 */
public final class NotifyHookSecretRotationDueService
    implements NotifyHookSecretRotationDueUseCase {

  private final SecretStore store;
  private final NotificationOutbox outbox;
  private final Notifications notifications;
  private final NotificationSettings settings;
  private final Clock clock;

  public NotifyHookSecretRotationDueService(
      SecretStore store, NotificationOutbox outbox, NotificationSettings settings, Clock clock) {
    this.store = Objects.requireNonNull(store);
    this.outbox = Objects.requireNonNull(outbox);
    this.settings = Objects.requireNonNull(settings);
    this.notifications = new Notifications(settings);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public int checkRotationDue() {
    int due = 0;
    for (HookKind kind : HookKind.values()) {
      VersionedSecret current;
      try {
        current = store.read(SecretRef.hookSecret(kind, HookSecretSlot.CURRENT));
      } catch (SecretNotFoundException e) {
        continue;
      }
      if (current.createdAt().plus(settings.hookSecretMaxAge()).isAfter(clock.instant())
          || rotationOpen(kind)) {
        continue;
      }
      due++;
      notifications
          .rotationDue(kind, current.version(), current.createdAt())
          .ifPresent(outbox::enqueue);
    }
    return due;
  }

  private boolean rotationOpen(HookKind kind) {
    try {
      store.read(SecretRef.hookSecret(kind, HookSecretSlot.NEXT));
      return true;
    } catch (SecretNotFoundException e) {
      return false;
    }
  }
}
