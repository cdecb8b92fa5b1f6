package io.oktaadapter.adapters.out.persistence.tenant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Persistence adapter: Panache repository of {@link TenantJpaEntity}. */
@ApplicationScoped
class TenantPanacheRepository implements PanacheRepositoryBase<TenantJpaEntity, String> {}
