package io.oktaadapter.adapters.out.persistence.app;

import io.oktaadapter.adapters.out.persistence.StaleWrites;
import io.oktaadapter.application.common.ConcurrentChangeException;
import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.domain.LifecycleStatus;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.tenant.TenantKey;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

/** Persistence adapter: stores applications in PostgreSQL through Hibernate ORM. */
@ApplicationScoped
class JpaApplicationRepository implements ApplicationRepository {

  private final ApplicationPanacheRepository panache;

  JpaApplicationRepository(ApplicationPanacheRepository panache) {
    this.panache = panache;
  }

  @Override
  public Optional<Application> findById(ApplicationId id) {
    return panache.findByIdOptional(id.value()).map(ApplicationMapper::toDomain);
  }

  @Override
  public List<Application> findByTenant(TenantKey tenant) {
    return panache
        .find(
            "tenantKey = :tenant and status <> :deleted",
            Sort.by("createdAt").and("id"),
            Parameters.with("tenant", tenant.value())
                .and("deleted", LifecycleStatus.DELETED.name()))
        .list()
        .stream()
        .map(ApplicationMapper::toDomain)
        .toList();
  }

  @Override
  public void save(Application application) {
    ApplicationJpaEntity entity = panache.findById(application.id().value());
    if (entity == null) {
      if (application.version() != 0) {
        throw new ConcurrentChangeException(
            "application " + application.id() + " no longer exists");
      }
      entity = new ApplicationJpaEntity();
      ApplicationMapper.copy(application, entity);
      panache.persist(entity);
      return;
    }
    if (entity.version != application.version()) {
      throw new ConcurrentChangeException(
          "application " + application.id() + " was changed by someone else since it was read");
    }
    ApplicationMapper.copy(application, entity);
    // Written now, so that a concurrent change of the same row surfaces here as what it is.
    try {
      panache.flush();
    } catch (PersistenceException e) {
      if (StaleWrites.isStale(e)) {
        throw new ConcurrentChangeException(
            "application "
                + application.id()
                + " was changed by someone else while it was being saved");
      }
      throw e;
    }
  }
}
