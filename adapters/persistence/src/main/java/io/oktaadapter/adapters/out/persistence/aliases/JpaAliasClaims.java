package io.oktaadapter.adapters.out.persistence.aliases;

import io.oktaadapter.application.port.out.aliases.AliasClaim;
import io.oktaadapter.application.port.out.aliases.AliasClaims;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.TenantKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Persistence adapter: pending alias claims ({@code alias_claim}). */
@ApplicationScoped
class JpaAliasClaims implements AliasClaims {

  private static final String COLUMNS = "tenant_key, host, token, created_at, expires_at";

  private final EntityManager em;

  JpaAliasClaims(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public List<AliasClaim> ofTenant(TenantKey tenant) {
    return rows(
        em.createNativeQuery(
                "select " + COLUMNS + " from alias_claim where tenant_key = ?1 order by host")
            .setParameter(1, tenant.value())
            .getResultList());
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public Optional<AliasClaim> find(TenantKey tenant, Alias alias) {
    return rows(
            em.createNativeQuery(
                    "select " + COLUMNS + " from alias_claim where tenant_key = ?1 and host = ?2")
                .setParameter(1, tenant.value())
                .setParameter(2, alias.host())
                .getResultList())
        .stream()
        .findFirst();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void add(AliasClaim claim) {
    em.createNativeQuery(
            "insert into alias_claim (tenant_key, host, token, created_at, expires_at,"
                + " next_check_at) values (?1, ?2, ?3, ?4, ?5, ?4)"
                + " on conflict (tenant_key, host) do nothing")
        .setParameter(1, claim.tenant().value())
        .setParameter(2, claim.alias().host())
        .setParameter(3, claim.token())
        .setParameter(4, time(claim.createdAt()))
        .setParameter(5, time(claim.expiresAt()))
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void delete(TenantKey tenant, Alias alias) {
    em.createNativeQuery("delete from alias_claim where tenant_key = ?1 and host = ?2")
        .setParameter(1, tenant.value())
        .setParameter(2, alias.host())
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void deleteForHost(Alias alias) {
    em.createNativeQuery("delete from alias_claim where host = ?1")
        .setParameter(1, alias.host())
        .executeUpdate();
  }

  // Rows locked with SKIP LOCKED and pushed back by `hold`: two replicas never check one claim
  // at the same time, and a claim is looked at again after `hold` at the earliest.
  @Override
  @Transactional(TxType.MANDATORY)
  public List<AliasClaim> takeDue(Instant now, Duration hold, int limit) {
    List<AliasClaim> due =
        rows(
            em.createNativeQuery(
                    "select "
                        + COLUMNS
                        + " from alias_claim where next_check_at <= ?1 order by next_check_at"
                        + " limit ?2 for update skip locked")
                .setParameter(1, time(now))
                .setParameter(2, limit)
                .getResultList());
    for (AliasClaim claim : due) {
      em.createNativeQuery(
              "update alias_claim set next_check_at = ?1 where tenant_key = ?2 and host = ?3")
          .setParameter(1, time(now.plus(hold)))
          .setParameter(2, claim.tenant().value())
          .setParameter(3, claim.alias().host())
          .executeUpdate();
    }
    return due;
  }

  private static OffsetDateTime time(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @SuppressWarnings("unchecked")
  private static List<AliasClaim> rows(List<?> result) {
    return ((List<Object[]>) result)
        .stream()
            .map(
                r ->
                    new AliasClaim(
                        TenantKey.of((String) r[0]),
                        Alias.of((String) r[1]),
                        (String) r[2],
                        instant(r[3]),
                        instant(r[4])))
            .toList();
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
