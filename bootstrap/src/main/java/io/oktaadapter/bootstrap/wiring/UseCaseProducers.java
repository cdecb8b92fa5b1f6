package io.oktaadapter.bootstrap.wiring;

import io.oktaadapter.application.port.in.application.ListApplicationsUseCase;
import io.oktaadapter.application.port.in.audit.QueryAuditLogUseCase;
import io.oktaadapter.application.port.in.messaging.RelayOutboxUseCase;
import io.oktaadapter.application.port.in.tenant.GetTenantUseCase;
import io.oktaadapter.application.port.in.tenant.ListTenantsUseCase;
import io.oktaadapter.application.port.in.tenant.SearchTenantsUseCase;
import io.oktaadapter.application.port.out.audit.AuditLog;
import io.oktaadapter.application.port.out.messaging.EventPublisher;
import io.oktaadapter.application.port.out.messaging.OutboxRelayStore;
import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.port.out.security.ActorContext;
import io.oktaadapter.application.service.application.ListApplicationsService;
import io.oktaadapter.application.service.audit.Auditor;
import io.oktaadapter.application.service.audit.GuardedTenantReads;
import io.oktaadapter.application.service.audit.QueryAuditLogService;
import io.oktaadapter.application.service.messaging.BrokerCircuit;
import io.oktaadapter.application.service.messaging.RelayOutboxService;
import io.oktaadapter.application.service.tenant.GetTenantService;
import io.oktaadapter.application.service.tenant.ListTenantsService;
import io.oktaadapter.application.service.tenant.SearchTenantsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Wiring: the one place where the framework-free use-case services meet CDI. One producer per use
 * case; the services themselves carry no annotations. Use cases that read or change tenants are
 * wrapped in their guarded/audited form (ADR 0014), so every door gets the same checks.
 */
@ApplicationScoped
public class UseCaseProducers {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  @ApplicationScoped
  ListTenantsUseCase listTenants(TenantRepository tenants, Auditor auditor) {
    return GuardedTenantReads.list(new ListTenantsService(tenants), tenants, auditor);
  }

  @Produces
  @ApplicationScoped
  GetTenantUseCase getTenant(TenantRepository tenants, Auditor auditor) {
    return GuardedTenantReads.get(new GetTenantService(tenants), auditor);
  }

  @Produces
  @ApplicationScoped
  SearchTenantsUseCase searchTenants(TenantRepository tenants, Auditor auditor) {
    return GuardedTenantReads.search(new SearchTenantsService(tenants), tenants, auditor);
  }

  @Produces
  @ApplicationScoped
  ListApplicationsUseCase listApplications(
      TenantRepository tenants, ApplicationRepository applications, Auditor auditor) {
    return GuardedTenantReads.applications(
        new ListApplicationsService(tenants, applications), auditor);
  }

  // Singleton, not ApplicationScoped: a final class cannot be proxied.
  @Produces
  @Singleton
  Auditor auditor(AuditLog log, ActorContext actors, Clock clock) {
    return new Auditor(log, actors, clock);
  }

  @Produces
  @ApplicationScoped
  QueryAuditLogUseCase queryAuditLog(AuditLog log, TenantRepository tenants, Auditor auditor) {
    return new QueryAuditLogService(log, tenants, auditor);
  }

  @Produces
  @ApplicationScoped
  RelayOutboxUseCase relayOutbox(
      OutboxRelayStore store, EventPublisher publisher, Clock clock, AdapterConfig config) {
    return new RelayOutboxService(
        store,
        publisher,
        clock,
        config.outbox().batchSize(),
        new BrokerCircuit(clock, config.outbox().probeDelay(), config.outbox().maxProbeDelay()));
  }
}
