package io.oktaadapter.adapters.out.persistence.inline;

import io.oktaadapter.application.port.out.inline.MembershipStore;
import io.oktaadapter.domain.tenant.TenantKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Persistence adapter: writes memberships and users of the inline-hook read model; an upsert that
 * only wins when its event is at least as new as the stored state.
 */
@ApplicationScoped
class JpaMembershipStore implements MembershipStore {

  static final String DEFAULT_ROLE = "member";

  private final EntityManager em;

  JpaMembershipStore(EntityManager em) {
    this.em = em;
  }

  // MANDATORY: the projection commits with the events it was made from.
  @Override
  @Transactional(TxType.MANDATORY)
  public void setMembership(String userId, TenantKey tenant, boolean member, Instant asOf) {
    em.createNativeQuery(
            "insert into inline_membership (user_id, tenant_key, role, member, as_of)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict (user_id, tenant_key) do update"
                + " set member = excluded.member, as_of = excluded.as_of"
                + " where inline_membership.as_of <= excluded.as_of")
        .setParameter(1, userId)
        .setParameter(2, tenant.value())
        .setParameter(3, DEFAULT_ROLE)
        .setParameter(4, member)
        .setParameter(5, at(asOf))
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void recordUser(String userId, String login, Instant asOf) {
    upsertUser(userId, login, true, asOf);
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void forgetUser(String userId, Instant asOf) {
    upsertUser(userId, "", false, asOf);
    em.createNativeQuery(
            "update inline_membership set member = false, as_of = ?2"
                + " where user_id = ?1 and member and as_of <= ?2")
        .setParameter(1, userId)
        .setParameter(2, at(asOf))
        .executeUpdate();
  }

  private void upsertUser(String userId, String login, boolean present, Instant asOf) {
    em.createNativeQuery(
            "insert into inline_okta_user (user_id, login, present, as_of) values (?1, ?2, ?3, ?4)"
                + " on conflict (user_id) do update set login = case when excluded.present"
                + " then excluded.login else inline_okta_user.login end,"
                + " present = excluded.present, as_of = excluded.as_of"
                + " where inline_okta_user.as_of <= excluded.as_of")
        .setParameter(1, userId)
        .setParameter(2, login)
        .setParameter(3, present)
        .setParameter(4, at(asOf))
        .executeUpdate();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
