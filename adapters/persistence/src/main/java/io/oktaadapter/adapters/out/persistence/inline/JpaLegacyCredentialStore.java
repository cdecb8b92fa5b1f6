package io.oktaadapter.adapters.out.persistence.inline;

import io.oktaadapter.application.port.out.inline.LegacyCredentialStore;
import io.oktaadapter.application.port.out.inline.LegacyPasswordHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Persistence adapter: legacy password hashes from table {@code legacy_credential}. */
@ApplicationScoped
class JpaLegacyCredentialStore implements LegacyCredentialStore {

  private final EntityManager em;

  JpaLegacyCredentialStore(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional
  @SuppressWarnings("unchecked")
  public Optional<LegacyPasswordHash> find(String login) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select scheme, hash from legacy_credential where lower(login) = lower(?1)")
            .setParameter(1, login)
            .getResultList();
    return rows.stream().findFirst().map(r -> new LegacyPasswordHash((String) r[0], (String) r[1]));
  }
}
