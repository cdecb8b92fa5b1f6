package io.oktaadapter.application.port.out.persistence;

import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port for storing applications. Writes need a transaction opened by the inbound adapter;
 * {@link #save} fails with {@code ConcurrentChangeException} when the application changed since it
 * was read.
 */
public interface ApplicationRepository {

  Optional<Application> findById(ApplicationId id);

  /** The tenant's applications, oldest first, DELETED ones excluded. */
  List<Application> findByTenant(TenantKey tenant);

  void save(Application application);
}
