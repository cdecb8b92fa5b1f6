package io.oktaadapter.adapters.out.persistence.inline;

import io.oktaadapter.application.port.out.inline.MembershipStore;
import io.oktaadapter.application.port.out.inline.MembershipStore.TenantGroup;
import io.oktaadapter.domain.tenant.TenantKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persistence adapter: writes memberships and users of the inline-hook read model; an upsert that
 * only wins when its event is at least as new as the stored state.
 */
@ApplicationScoped
class JpaMembershipStore implements MembershipStore {

  private final EntityManager em;

  JpaMembershipStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<TenantGroup> tenantGroup(String groupId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select tenant_key, name from okta_resource"
                    + " where resource_type = 'GROUP' and okta_id = ?1")
            .setParameter(1, groupId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new TenantGroup(TenantKey.of((String) r[0]), groupId, (String) r[1]));
  }

  // MANDATORY: the projection commits with the events it was made from.
  @Override
  @Transactional(TxType.MANDATORY)
  public void setMembership(
      String userId, TenantGroup group, String role, boolean member, Instant asOf) {
    em.createNativeQuery(
            "insert into inline_membership (user_id, tenant_key, group_id, role, member, as_of)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6)"
                + " on conflict (user_id, tenant_key, group_id) do update"
                + " set member = excluded.member, role = excluded.role, as_of = excluded.as_of"
                + " where inline_membership.as_of <= excluded.as_of")
        .setParameter(1, userId)
        .setParameter(2, group.tenant().value())
        .setParameter(3, group.groupId())
        .setParameter(4, role)
        .setParameter(5, member)
        .setParameter(6, at(asOf))
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public int replaceMembers(
      TenantGroup group, String role, Map<String, String> members, Instant asOf) {
    for (Map.Entry<String, String> m : members.entrySet()) {
      em.createNativeQuery(
              "insert into inline_membership (user_id, tenant_key, group_id, role, member,"
                  + " as_of) values (?1, ?2, ?3, ?4, true, ?5)"
                  + " on conflict (user_id, tenant_key, group_id) do update"
                  + " set member = true, role = excluded.role, as_of = excluded.as_of"
                  + " where inline_membership.as_of <= excluded.as_of")
          .setParameter(1, m.getKey())
          .setParameter(2, group.tenant().value())
          .setParameter(3, group.groupId())
          .setParameter(4, role)
          .setParameter(5, at(asOf))
          .executeUpdate();
      upsertUser(m.getKey(), m.getValue(), true, asOf);
    }
    // Recorded members Okta no longer lists have left, unless an event newer than the sync says
    // they came back.
    return em.createNativeQuery(
            "update inline_membership set member = false, as_of = ?3"
                + " where tenant_key = ?1 and group_id = ?2 and member and as_of <= ?3"
                + " and not (user_id = any(cast(?4 as varchar[])))")
        .setParameter(1, group.tenant().value())
        .setParameter(2, group.groupId())
        .setParameter(3, at(asOf))
        .setParameter(4, members.keySet().toArray(String[]::new))
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
