package io.oktaadapter.application.service.events;

import io.oktaadapter.application.port.out.events.TenantLookup;
import io.oktaadapter.application.port.out.messaging.EventStream;
import io.oktaadapter.application.port.out.messaging.OutboundEvent;
import io.oktaadapter.domain.event.EventParty;
import io.oktaadapter.domain.event.OktaEvent;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps an Okta System Log event to the CloudEvent published on the identity-events stream: {@code
 * id} = the event's uuid, {@code source} = the Okta org, {@code type} = {@code com.okta.} + the
 * event type, {@code time} = published, {@code subject} = the affected user (else group, app,
 * actor), key = the affected user (else the actor), extension {@code tenantkey} when a known tenant
 * owns a target, and {@code redelivered} on redeliveries.
 */
final class IdentityEventCloudEvents {

  static final String TYPE_PREFIX = "com.okta.";

  private final TenantLookup tenants;
  private final EventHookSettings settings;

  IdentityEventCloudEvents(TenantLookup tenants, EventHookSettings settings) {
    this.tenants = tenants;
    this.settings = settings;
  }

  OutboundEvent toCloudEvent(OktaEvent event, String orgUrl, boolean redelivered) {
    Map<String, String> extensions = new HashMap<>();
    // Tenants own groups, applications and policies, never users: only those targets are looked
    // up, and an event about users alone costs no query.
    List<String> ids =
        event.targets().stream()
            .filter(t -> t.id() != null && !t.isOfType("User"))
            .map(EventParty::id)
            .toList();
    if (!ids.isEmpty()) {
      tenants.tenantOwning(ids).ifPresent(t -> extensions.put("tenantkey", t.value()));
    }
    if (redelivered) {
      extensions.put("redelivered", "true");
    }
    return new OutboundEvent(
        EventStream.IDENTITY_EVENTS,
        event.partitionKey(),
        event.uuid(),
        orgUrl == null ? settings.fallbackSource() : URI.create(orgUrl),
        TYPE_PREFIX + event.eventType(),
        event.subjectId().orElse(null),
        event.published(),
        extensions,
        event.json());
  }
}
