package io.oktaadapter.application.service.users;

import io.oktaadapter.application.port.out.events.TenantLookup;
import io.oktaadapter.application.port.out.users.SessionCleanupQueue;
import io.oktaadapter.domain.event.EventParty;
import io.oktaadapter.domain.event.OktaEvent;
import io.oktaadapter.domain.okta.OktaId;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Automatic session clean-up rule: a user Okta reports deactivated or suspended, or removed from a
 * tenant's group, gets their sessions and tokens cleared. The rule only queues the clean-up, in the
 * transaction that stores the event; {@link ClearQueuedSessionsService} carries it out.
 */
public final class SessionCleanupRule {

  static final String GROUP_REMOVAL = "group.user_membership.remove";
  static final Set<String> TYPES =
      Set.of("user.lifecycle.deactivate", "user.lifecycle.suspend", GROUP_REMOVAL);

  public static final SessionCleanupRule DISABLED = new SessionCleanupRule(false, null, null, null);

  private final boolean enabled;
  private final TenantLookup tenants;
  private final SessionCleanupQueue queue;
  private final Clock clock;

  public SessionCleanupRule(
      boolean enabled, TenantLookup tenants, SessionCleanupQueue queue, Clock clock) {
    this.enabled = enabled;
    this.tenants = tenants;
    this.queue = queue;
    this.clock = clock;
  }

  /** Queues a clean-up when the newly stored event calls for one. */
  public void apply(OktaEvent event) {
    if (!enabled || !TYPES.contains(event.eventType())) {
      return;
    }
    var user = event.affectedUser();
    if (user.isEmpty()) {
      return;
    }
    if (GROUP_REMOVAL.equals(event.eventType()) && !fromTenantGroup(event)) {
      return;
    }
    queue.enqueue(OktaId.of(user.get().id()), event.eventType(), event.uuid(), clock.instant());
  }

  private boolean fromTenantGroup(OktaEvent event) {
    List<String> groups =
        event.targets().stream()
            .filter(t -> t.isOfType("UserGroup") && t.id() != null)
            .map(EventParty::id)
            .toList();
    return !groups.isEmpty() && tenants.tenantOwning(groups).isPresent();
  }
}
