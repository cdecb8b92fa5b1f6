package io.oktaadapter.bootstrap.wiring;

import io.oktaadapter.application.port.in.events.PurgeEventsUseCase;
import io.oktaadapter.application.port.in.events.QuarantineDeliveryUseCase;
import io.oktaadapter.application.port.in.events.QueryIdentityEventsUseCase;
import io.oktaadapter.application.port.in.events.ReceiveEventHookUseCase;
import io.oktaadapter.application.port.in.events.RedeliverEventsUseCase;
import io.oktaadapter.application.port.in.events.RegisterEventHookUseCase;
import io.oktaadapter.application.port.out.events.IdentityEventLog;
import io.oktaadapter.application.port.out.events.TenantLookup;
import io.oktaadapter.application.port.out.inline.MembershipStore;
import io.oktaadapter.application.port.out.messaging.Outbox;
import io.oktaadapter.application.port.out.okta.OktaHooks;
import io.oktaadapter.application.port.out.secrets.SecretStore;
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
import io.oktaadapter.application.service.inline.ProjectMembershipEventsService;
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
      MembershipStore memberships) {
    // Membership and user-lifecycle events also feed the inline-hook read model (ADR 0011).
    return new ProjectMembershipEventsService(
        new ReceiveEventHookService(log, outbox, tenants, settings), memberships, tenants);
  }

  @Produces
  @ApplicationScoped
  QuarantineDeliveryUseCase quarantineDelivery(
      IdentityEventLog log, EventHookSettings settings, Clock clock) {
    return new QuarantineDeliveryService(log, settings, clock);
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
                r.hookName(), r.authHeader(), r.defaultEventTypes(), r.allowHttp())),
        auditor);
  }

  @Produces
  @ApplicationScoped
  PurgeEventsUseCase purgeEvents(IdentityEventLog log, EventHookSettings settings, Clock clock) {
    return new PurgeEventsService(log, settings, clock);
  }
}
