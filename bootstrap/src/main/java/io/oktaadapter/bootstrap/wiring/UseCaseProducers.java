package io.oktaadapter.bootstrap.wiring;

import io.oktaadapter.application.port.in.application.ListApplicationsUseCase;
import io.oktaadapter.application.port.in.messaging.RelayOutboxUseCase;
import io.oktaadapter.application.port.in.tenant.GetTenantUseCase;
import io.oktaadapter.application.port.in.tenant.ListTenantsUseCase;
import io.oktaadapter.application.port.in.tenant.SearchTenantsUseCase;
import io.oktaadapter.application.port.out.messaging.EventPublisher;
import io.oktaadapter.application.port.out.messaging.OutboxRelayStore;
import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.service.application.ListApplicationsService;
import io.oktaadapter.application.service.messaging.RelayOutboxService;
import io.oktaadapter.application.service.tenant.GetTenantService;
import io.oktaadapter.application.service.tenant.ListTenantsService;
import io.oktaadapter.application.service.tenant.SearchTenantsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Wiring: the one place where the framework-free use-case services meet CDI. One producer per use
 * case; the services themselves carry no annotations.
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
  ListTenantsUseCase listTenants(TenantRepository tenants) {
    return new ListTenantsService(tenants);
  }

  @Produces
  @ApplicationScoped
  SearchTenantsUseCase searchTenants(TenantRepository tenants) {
    return new SearchTenantsService(tenants);
  }

  @Produces
  @ApplicationScoped
  ListApplicationsUseCase listApplications(
      TenantRepository tenants, ApplicationRepository applications) {
    return new ListApplicationsService(tenants, applications);
  }

  @Produces
  @ApplicationScoped
  GetTenantUseCase getTenant(TenantRepository tenants) {
    return new GetTenantService(tenants);
  }

  @Produces
  @ApplicationScoped
  RelayOutboxUseCase relayOutbox(
      OutboxRelayStore store, EventPublisher publisher, Clock clock, AdapterConfig config) {
    return new RelayOutboxService(store, publisher, clock, config.outbox().batchSize());
  }
}
