package io.oktaadapter.adapters.out.persistence.okta;

import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.okta.OktaResourceType;
import io.oktaadapter.domain.tenant.TenantKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Persistence adapter: the record of Okta resources in PostgreSQL. */
@ApplicationScoped
class JpaOktaResourceRepository implements OktaResourceRepository {

  private final EntityManager em;
  private final Clock clock = Clock.systemUTC();

  JpaOktaResourceRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void save(OktaResource resource) {
    OktaResourceJpaEntity entity =
        em.find(OktaResourceJpaEntity.class, keyOf(resource.type(), resource.oktaId()));
    boolean isNew = entity == null;
    if (isNew) {
      entity = new OktaResourceJpaEntity();
      entity.id = keyOf(resource.type(), resource.oktaId());
    }
    entity.name = resource.name();
    entity.tenantKey = resource.tenantKey().value();
    entity.applicationId = resource.owningApplication().map(ApplicationId::value).orElse(null);
    entity.fingerprint = resource.fingerprint().hex();
    entity.recordedAt = clock.instant();
    if (isNew) {
      em.persist(entity);
    }
    // Flushed now: the record must exist before the next Okta call of the same transaction.
    em.flush();
  }

  @Override
  public List<OktaResource> findByTenant(TenantKey tenant) {
    return em
        .createQuery(
            "from OktaResourceJpaEntity where tenantKey = :tenant", OktaResourceJpaEntity.class)
        .setParameter("tenant", tenant.value())
        .getResultList()
        .stream()
        .map(JpaOktaResourceRepository::toDomain)
        .sorted(Comparator.comparing(OktaResource::type).thenComparing(r -> r.oktaId().value()))
        .toList();
  }

  @Override
  public Optional<OktaResource> find(OktaResourceType type, OktaId oktaId) {
    return Optional.ofNullable(em.find(OktaResourceJpaEntity.class, keyOf(type, oktaId)))
        .map(JpaOktaResourceRepository::toDomain);
  }

  @Override
  public void delete(OktaResourceType type, OktaId oktaId) {
    OktaResourceJpaEntity entity = em.find(OktaResourceJpaEntity.class, keyOf(type, oktaId));
    if (entity != null) {
      em.remove(entity);
    }
  }

  private static OktaResourceJpaEntity.ResourceKey keyOf(OktaResourceType type, OktaId id) {
    return new OktaResourceJpaEntity.ResourceKey(type.name(), id.value());
  }

  private static OktaResource toDomain(OktaResourceJpaEntity e) {
    return new OktaResource(
        OktaResourceType.valueOf(e.id.type()),
        OktaId.of(e.id.oktaId()),
        e.name,
        TenantKey.of(e.tenantKey),
        e.applicationId == null ? null : new ApplicationId(e.applicationId),
        new Fingerprint(e.fingerprint));
  }
}
