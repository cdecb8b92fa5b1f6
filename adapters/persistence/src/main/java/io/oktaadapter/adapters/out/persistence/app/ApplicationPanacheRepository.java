package io.oktaadapter.adapters.out.persistence.app;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Persistence adapter: Panache repository of {@link ApplicationJpaEntity}. */
@ApplicationScoped
class ApplicationPanacheRepository implements PanacheRepositoryBase<ApplicationJpaEntity, UUID> {}
