package io.oktaadapter.adapters.out.persistence.events;

import io.oktaadapter.application.port.out.events.TenantLookup;
import io.oktaadapter.domain.okta.OktaResourceType;
import io.oktaadapter.domain.tenant.TenantKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Persistence adapter: finds a tenant from the Okta resources recorded for it (its groups and
 * applications).
 */
@ApplicationScoped
class JpaTenantLookup implements TenantLookup {

  private static final List<String> TYPES =
      Arrays.stream(OktaResourceType.values()).map(Enum::name).toList();

  private final EntityManager em;

  JpaTenantLookup(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<TenantKey> tenantOwning(Collection<String> oktaIds) {
    if (oktaIds.isEmpty()) {
      return Optional.empty();
    }
    // Naming every type lets PostgreSQL use the primary key (type, okta_id) for the look-up.
    List<String> keys =
        em.createQuery(
                "select r.tenantKey from OktaResourceJpaEntity r where r.id.type in :types"
                    + " and r.id.oktaId in :ids order by r.tenantKey",
                String.class)
            .setParameter("types", TYPES)
            .setParameter("ids", oktaIds)
            .setMaxResults(1)
            .getResultList();
    return keys.stream().findFirst().map(TenantKey::of);
  }
}
