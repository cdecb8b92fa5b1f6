package io.oktaadapter.bootstrap.wiring;

import io.oktaadapter.application.port.in.events.PurgeEventsUseCase;
import io.oktaadapter.application.port.in.events.QuarantineDeliveryUseCase;
import io.oktaadapter.application.port.in.events.QueryIdentityEventsUseCase;
import io.oktaadapter.application.port.in.events.ReceiveEventHookUseCase;
import io.oktaadapter.application.port.in.events.RedeliverEventsUseCase;
import io.oktaadapter.application.port.in.events.RegisterEventHookUseCase;
import io.oktaadapter.application.port.in.events.ResolveQuarantineUseCase;
import io.oktaadapter.application.port.out.events.IdentityEventLog;
import io.oktaadapter.application.port.out.events.OktaEventReader;
import io.oktaadapter.application.port.out.events.TenantLookup;
import io.oktaadapter.application.port.out.inline.MembershipStore;
import io.oktaadapter.application.port.out.messaging.Outbox;
import io.oktaadapter.application.port.out.notification.NotificationOutbox;
import io.oktaadapter.application.port.out.okta.OktaHooks;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.port.out.security.ActorContext;
import io.oktaadapter.application.service.audit.AuditedAdministration;
import io.oktaadapter.application.service.audit.Auditor;
import io.oktaadapter.application.service.audit.GuardedReads;
import io.oktaadapter.application.service.events.EventHookSettings;
import io.oktaadapter.application.service.events.PurgeEventsService;
import io.oktaadapter.application.service.events.QuarantineDeliveryService;
import io.oktaadapter.application.service.events.QueryIdentityEventsService;
import io.oktaadapter.application.service.events.ReceiveEventHookService;
import io.oktaadapter.application.service.events.RedeliverEventsService;
import io.oktaadapter.application.service.events.RegisterEventHookService;
import io.oktaadapter.application.service.events.ResolveQuarantineService;
import io.oktaadapter.application.service.inline.ProjectMembershipEventsService;
import io.oktaadapter.application.service.notification.NotificationSettings;
import io.oktaadapter.application.service.users.SessionCleanupRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/** Wiring: the use cases of the event-hook flow (Okta events in, Kafka out). */
@ApplicationScoped
public class EventHookProducers {

  // Singleton, not ApplicationScoped: a record is final and cannot be proxied.
  @Produces
  @Singleton
  EventHookSettings eventHookSettings(AdapterConfig config) {
    AdapterConfig.Events events = config.events();
    return new EventHookSettings(
        URI.create(events.fallbackSource()),
        events.publishedTypes().orElse(List.of()),
        events.quarantineBodyLimit(),
        events.retention());
  }

  @Produces
  @ApplicationScoped
  ReceiveEventHookUseCase receiveEventHook(
      IdentityEventLog log,
      Outbox outbox,
      TenantLookup tenants,
      EventHookSettings settings,
      MembershipStore memberships,
      SessionCleanupRule sessionCleanup,
      Clock clock,
      NotificationOutbox notifications,
      NotificationSettings notificationSettings) {
    // Membership and user-lifecycle events also feed the inline-hook read model (ADR 0011), and
    // queue the automatic session clean-up (ADR 0012). Invalid events of a readable delivery are
    // quarantined one by one, with the quarantine alarm (issue 18).
    QuarantineDeliveryService quarantine =
        new QuarantineDeliveryService(log, settings, clock, notifications, notificationSettings);
    return new ProjectMembershipEventsService(
        new ReceiveEventHookService(log, outbox, tenants, settings, sessionCleanup, quarantine),
        memberships);
  }

  @Produces
  @ApplicationScoped
  ResolveQuarantineUseCase resolveQuarantine(
      IdentityEventLog log,
      OktaEventReader reader,
      ReceiveEventHookUseCase receive,
      ActorContext actors,
      Clock clock,
      Auditor auditor) {
    return AuditedAdministration.resolveQuarantine(
        new ResolveQuarantineService(log, reader, receive, actors, clock), auditor);
  }

  @Produces
  @ApplicationScoped
  QuarantineDeliveryUseCase quarantineDelivery(
      IdentityEventLog log,
      EventHookSettings settings,
      Clock clock,
      NotificationOutbox notifications,
      NotificationSettings notificationSettings) {
    return new QuarantineDeliveryService(log, settings, clock, notifications, notificationSettings);
  }

  @Produces
  @ApplicationScoped
  RedeliverEventsUseCase redeliverEvents(
      IdentityEventLog log,
      Outbox outbox,
      TenantLookup tenants,
      EventHookSettings settings,
      Auditor auditor) {
    return AuditedAdministration.redeliver(
        new RedeliverEventsService(log, outbox, tenants, settings), auditor);
  }

  @Produces
  @ApplicationScoped
  QueryIdentityEventsUseCase queryIdentityEvents(IdentityEventLog log, Auditor auditor) {
    return GuardedReads.events(new QueryIdentityEventsService(log), auditor);
  }

  @Produces
  @ApplicationScoped
  RegisterEventHookUseCase registerEventHook(
      OktaHooks hooks, SecretStore secrets, AdapterConfig config, Auditor auditor) {
    AdapterConfig.Events.Registration r = config.events().registration();
    return AuditedAdministration.registerHook(
        new RegisterEventHookService(
            hooks,
            secrets,
            new RegisterEventHookService.Settings(
                r.hookName(),
                r.authHeader(),
                r.defaultEventTypes(),
                r.allowHttp(),
                r.allowedHosts().orElse(java.util.List.of()))),
        auditor);
  }

  @Produces
  @ApplicationScoped
  PurgeEventsUseCase purgeEvents(IdentityEventLog log, EventHookSettings settings, Clock clock) {
    return new PurgeEventsService(log, settings, clock);
  }
}
