package io.oktaadapter.application.service.inline;

import io.oktaadapter.application.port.in.events.ReceiveEventHookUseCase;
import io.oktaadapter.application.port.out.inline.MembershipStore;
import io.oktaadapter.application.port.out.inline.MembershipStore.TenantGroup;
import io.oktaadapter.domain.event.EventDelivery;
import io.oktaadapter.domain.event.EventParty;
import io.oktaadapter.domain.event.OktaEvent;
import io.oktaadapter.domain.provisioning.TenantResources;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Use case: receives an event-hook delivery through the wrapped use case, then projects the
 * membership and user-lifecycle events into the inline-hook read model, in the same transaction.
 * Every event is projected, duplicates included: the store ignores states older than it holds.
 */
public final class ProjectMembershipEventsService implements ReceiveEventHookUseCase {

  private static final Set<String> USER_PRESENT =
      Set.of("user.lifecycle.create", "user.lifecycle.activate", "user.lifecycle.reactivate");
  private static final Set<String> USER_GONE =
      Set.of("user.lifecycle.deactivate", "user.lifecycle.delete.initiated");

  private final ReceiveEventHookUseCase receive;
  private final MembershipStore memberships;

  public ProjectMembershipEventsService(
      ReceiveEventHookUseCase receive, MembershipStore memberships) {
    this.receive = Objects.requireNonNull(receive, "receive");
    this.memberships = Objects.requireNonNull(memberships, "memberships");
  }

  @Override
  public DeliveryReceipt receive(EventDelivery delivery) {
    DeliveryReceipt receipt = receive.receive(delivery);
    delivery.events().forEach(this::project);
    return receipt;
  }

  @Override
  public List<DeliveryReceipt> receiveAll(List<EventDelivery> deliveries) {
    List<DeliveryReceipt> receipts = receive.receiveAll(deliveries);
    deliveries.forEach(d -> d.events().forEach(this::project));
    return receipts;
  }

  private void project(OktaEvent event) {
    if (!succeeded(event)) {
      return;
    }
    Optional<EventParty> user = event.affectedUser();
    if (user.isEmpty()) {
      return;
    }
    String type = event.eventType();
    String userId = user.get().id();
    if (type.equals("group.user_membership.add") || type.equals("group.user_membership.remove")) {
      boolean member = type.endsWith(".add");
      for (TenantGroup group : tenantGroups(event)) {
        String role = TenantResources.roleOfGroup(group.tenant(), group.name());
        memberships.setMembership(userId, group, role, member, event.published());
      }
      if (member && user.get().alternateId() != null) {
        memberships.recordUser(userId, user.get().alternateId(), event.published());
      }
    } else if (USER_PRESENT.contains(type) && user.get().alternateId() != null) {
      memberships.recordUser(userId, user.get().alternateId(), event.published());
    } else if (USER_GONE.contains(type)) {
      memberships.forgetUser(userId, event.published());
    }
  }

  // The user's role follows from the group: the tenant's admins group makes an admin.
  private List<TenantGroup> tenantGroups(OktaEvent event) {
    return event.targets().stream()
        .filter(t -> t.isOfType("UserGroup") && t.id() != null)
        .map(EventParty::id)
        .distinct()
        .map(memberships::tenantGroup)
        .flatMap(Optional::stream)
        .toList();
  }

  // Okta spells the result SUCCESS or Success, and leaves it out at times.
  private static boolean succeeded(OktaEvent event) {
    return event.outcomeResult() == null || event.outcomeResult().equalsIgnoreCase("success");
  }
}
