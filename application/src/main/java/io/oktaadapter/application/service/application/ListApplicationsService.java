package io.oktaadapter.application.service.application;

import io.oktaadapter.application.port.in.application.ListApplicationsUseCase;
import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.domain.LifecycleStatus;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantNotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Use case: a tenant's applications that are not deleted, oldest first. */
public final class ListApplicationsService implements ListApplicationsUseCase {

  private final TenantRepository tenants;
  private final ApplicationRepository applications;

  public ListApplicationsService(TenantRepository tenants, ApplicationRepository applications) {
    this.tenants = Objects.requireNonNull(tenants);
    this.applications = Objects.requireNonNull(applications);
  }

  @Override
  public List<Application> listApplications(TenantKey tenant) {
    if (tenants.findByKey(tenant).isEmpty()) {
      throw new TenantNotFoundException(tenant);
    }
    return applications.findByTenant(tenant).stream()
        .filter(a -> a.status() != LifecycleStatus.DELETED)
        .sorted(Comparator.comparing(Application::createdAt))
        .toList();
  }
}
