package io.oktaadapter.application.port.in.application;

import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.List;

/** Inbound port: a tenant's applications (EFS, DV, ...) with their base URLs and status. */
public interface ListApplicationsUseCase {

  /**
   * @throws io.oktaadapter.domain.tenant.TenantNotFoundException when no tenant has the key
   */
  List<Application> listApplications(TenantKey tenant);
}
