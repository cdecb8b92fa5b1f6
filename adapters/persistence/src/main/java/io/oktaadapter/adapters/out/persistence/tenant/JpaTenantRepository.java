package io.oktaadapter.adapters.out.persistence.tenant;

import io.oktaadapter.adapters.out.persistence.StaleWrites;
import io.oktaadapter.application.common.AliasInUseException;
import io.oktaadapter.application.common.AlreadyExistsException;
import io.oktaadapter.application.common.ConcurrentChangeException;
import io.oktaadapter.application.common.Page;
import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.domain.LifecycleStatus;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/** Persistence adapter: stores tenants in PostgreSQL through Hibernate ORM. */
@ApplicationScoped
class JpaTenantRepository implements TenantRepository {

  private final TenantPanacheRepository panache;

  JpaTenantRepository(TenantPanacheRepository panache) {
    this.panache = panache;
  }

  @Override
  public Optional<Tenant> findByKey(TenantKey key) {
    return panache.findByIdOptional(key.value()).map(TenantMapper::toDomain);
  }

  @Override
  public Page<Tenant> findPage(PageRequest request) {
    PanacheQuery<TenantJpaEntity> query =
        panache.find(
            "status <> :deleted",
            Sort.by("key"),
            Parameters.with("deleted", LifecycleStatus.DELETED.name()));
    long total = query.count();
    var items =
        query.page(request.page(), request.size()).list().stream()
            .map(TenantMapper::toDomain)
            .toList();
    return new Page<>(items, request.page(), request.size(), total);
  }

  @Override
  public Page<Tenant> search(String text, PageRequest request) {
    String pattern =
        "%"
            + text.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_")
            + "%";
    PanacheQuery<TenantJpaEntity> query =
        panache.find(
            "status <> :deleted and (lower(key) like :p escape '\\'"
                + " or lower(displayName) like :p escape '\\'"
                + " or key in (select t.key from TenantJpaEntity t join t.aliases a"
                + " where lower(a) like :p escape '\\'))",
            Sort.by("key"),
            Parameters.with("deleted", LifecycleStatus.DELETED.name()).and("p", pattern));
    long total = query.count();
    var items =
        query.page(request.page(), request.size()).list().stream()
            .map(TenantMapper::toDomain)
            .toList();
    return new Page<>(items, request.page(), request.size(), total);
  }

  @Override
  public void save(Tenant tenant) {
    TenantJpaEntity entity = panache.findById(tenant.key().value());
    if (entity == null) {
      if (tenant.version() != 0) {
        throw new ConcurrentChangeException("tenant " + tenant.key() + " no longer exists");
      }
      entity = new TenantJpaEntity();
      TenantMapper.copy(tenant, entity);
      panache.persist(entity);
      flush(tenant);
      return;
    }
    if (entity.version != tenant.version()) {
      throw new ConcurrentChangeException(
          "tenant " + tenant.key() + " was changed by someone else since it was read");
    }
    TenantMapper.copy(tenant, entity);
    flush(tenant);
  }

  @Override
  public void replaceDeleted(Tenant tenant) {
    String key = tenant.key().value();
    // What would carry over to the new tenant; jobs, applications and audit entries stay.
    for (String table :
        List.of("tenant_registration_domain", "inline_membership", "tenant_drift", "alias_claim")) {
      panache
          .getEntityManager()
          .createNativeQuery("delete from " + table + " where tenant_key = :key")
          .setParameter("key", key)
          .executeUpdate();
    }
    save(tenant);
  }

  /**
   * Writes now, so that a clash with a concurrent request surfaces here as what it is: an alias
   * taken by another tenant in the meantime, or the same tenant created at the same time.
   */
  private void flush(Tenant tenant) {
    try {
      panache.flush();
    } catch (PersistenceException e) {
      if (StaleWrites.isStale(e)) {
        throw new ConcurrentChangeException(
            "tenant " + tenant.key() + " was changed by someone else while it was being saved");
      }
      String constraint = constraintOf(e);
      if ("tenant_alias_pkey".equals(constraint)) {
        throw new AliasInUseException(List.of());
      }
      if ("tenant_pkey".equals(constraint)) {
        throw new AlreadyExistsException("tenant " + tenant.key() + " already exists");
      }
      throw e;
    }
  }

  private static String constraintOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException violation) {
        return violation.getConstraintName();
      }
    }
    return null;
  }

  @Override
  public List<Alias> aliasesOfOtherTenants(TenantKey key, Collection<Alias> aliases) {
    if (aliases.isEmpty()) {
      return List.of();
    }
    List<?> hosts =
        panache
            .getEntityManager()
            .createNativeQuery(
                "select host from tenant_alias where host in (:hosts) and tenant_key <> :key"
                    + " order by host")
            .setParameter("hosts", aliases.stream().map(Alias::host).toList())
            .setParameter("key", key.value())
            .getResultList();
    return hosts.stream().map(h -> Alias.of((String) h)).toList();
  }
}
