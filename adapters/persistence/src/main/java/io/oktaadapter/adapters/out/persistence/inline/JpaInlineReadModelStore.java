package io.oktaadapter.adapters.out.persistence.inline;

import io.oktaadapter.application.port.out.inline.InlineReadModelStore;
import io.oktaadapter.application.port.out.inline.ReadModelSnapshot;
import io.oktaadapter.domain.app.ApplicationKind;
import io.oktaadapter.domain.provisioning.TenantResources;
import io.oktaadapter.domain.tenant.TenantKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Persistence adapter: reads the inline-hook read model from PostgreSQL: tenants, the applications
 * recorded as Okta resources, memberships, users and registration domains.
 */
@ApplicationScoped
class JpaInlineReadModelStore implements InlineReadModelStore {

  private final EntityManager em;

  JpaInlineReadModelStore(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional
  public long version() {
    return ((Number)
            em.createNativeQuery("select version from inline_read_model_version where id = 1")
                .getSingleResult())
        .longValue();
  }

  // REPEATABLE READ would be stricter; the caller re-reads the version first, so a change that
  // commits during the load is picked up by the next refresh.
  @Override
  @Transactional
  public ReadModelSnapshot load() {
    Set<TenantKey> active = new HashSet<>();
    for (Object key :
        rows("select tenant_key from tenant where status not in ('DELETING','DELETED')")) {
      active.add(TenantKey.of((String) key));
    }
    Map<String, TenantKey> apps = new HashMap<>();
    Map<String, ApplicationKind> kinds = new HashMap<>();
    for (Object[] r :
        pairs(
            "select r.okta_id, r.tenant_key, a.kind from okta_resource r"
                + " left join application a on a.application_id = r.application_id"
                + " where r.resource_type = 'OIDC_APPLICATION'")) {
      apps.put((String) r[0], TenantKey.of((String) r[1]));
      if (r[2] != null) {
        kinds.put((String) r[0], ApplicationKind.of((String) r[2]));
      }
    }
    Map<String, Map<TenantKey, String>> members = new HashMap<>();
    for (Object[] r :
        pairs("select user_id, tenant_key, role from inline_membership where member")) {
      // A member of several groups of the tenant has the highest of their roles.
      members
          .computeIfAbsent((String) r[0], u -> new HashMap<>())
          .merge(TenantKey.of((String) r[1]), (String) r[2], TenantResources::higherRole);
    }
    members.replaceAll((user, tenants) -> Map.copyOf(tenants));
    Map<String, TenantKey> domains = new HashMap<>();
    for (Object[] r : pairs("select domain, tenant_key from tenant_registration_domain")) {
      domains.put(((String) r[0]).toLowerCase(Locale.ROOT), TenantKey.of((String) r[1]));
    }
    Map<String, String> users = new HashMap<>();
    for (Object[] r : pairs("select lower(login), user_id from inline_okta_user where present")) {
      users.put((String) r[0], (String) r[1]);
    }
    return new ReadModelSnapshot(-1, active, apps, kinds, members, domains, users);
  }

  @SuppressWarnings("unchecked")
  private List<Object> rows(String sql) {
    return em.createNativeQuery(sql).getResultList();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> pairs(String sql) {
    return em.createNativeQuery(sql).getResultList();
  }
}
