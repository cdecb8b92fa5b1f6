package io.oktaadapter.adapters.out.persistence.inline;

import io.oktaadapter.application.common.AlreadyExistsException;
import io.oktaadapter.application.port.out.inline.RegistrationDomainStore;
import io.oktaadapter.domain.tenant.EmailDomain;
import io.oktaadapter.domain.tenant.TenantKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Persistence adapter: the tenants' registration domains ({@code tenant_registration_domain}). */
@ApplicationScoped
class JpaRegistrationDomainStore implements RegistrationDomainStore {

  private final EntityManager em;

  JpaRegistrationDomainStore(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional(TxType.MANDATORY)
  @SuppressWarnings("unchecked")
  public List<EmailDomain> domainsOf(TenantKey tenant) {
    List<String> rows =
        em.createNativeQuery(
                "select domain from tenant_registration_domain where tenant_key = ?1"
                    + " order by domain")
            .setParameter(1, tenant.value())
            .getResultList();
    return rows.stream().map(EmailDomain::of).toList();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  @SuppressWarnings("unchecked")
  public Map<EmailDomain, TenantKey> heldByOthers(
      TenantKey tenant, Collection<EmailDomain> domains) {
    Map<EmailDomain, TenantKey> held = new TreeMap<>();
    if (domains.isEmpty()) {
      return held;
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "select domain, tenant_key from tenant_registration_domain"
                    + " where tenant_key <> ?1 and domain = any(cast(?2 as varchar[]))")
            .setParameter(1, tenant.value())
            .setParameter(2, domains.stream().map(EmailDomain::value).toArray(String[]::new))
            .getResultList();
    rows.forEach(r -> held.put(EmailDomain.of((String) r[0]), TenantKey.of((String) r[1])));
    return held;
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void replace(TenantKey tenant, Collection<EmailDomain> domains) {
    em.createNativeQuery("delete from tenant_registration_domain where tenant_key = ?1")
        .setParameter(1, tenant.value())
        .executeUpdate();
    for (EmailDomain domain : domains) {
      // A tenant that claimed the domain since heldByOthers looked wins; this one changes nothing.
      int inserted =
          em.createNativeQuery(
                  "insert into tenant_registration_domain (domain, tenant_key) values (?1, ?2)"
                      + " on conflict (domain) do nothing")
              .setParameter(1, domain.value())
              .setParameter(2, tenant.value())
              .executeUpdate();
      if (inserted == 0) {
        throw new AlreadyExistsException(
            "These registration domains belong to another tenant: " + domain.value());
      }
    }
  }
}
