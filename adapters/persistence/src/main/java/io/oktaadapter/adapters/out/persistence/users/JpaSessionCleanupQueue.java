package io.oktaadapter.adapters.out.persistence.users;

import io.oktaadapter.application.port.out.users.SessionCleanupQueue;
import io.oktaadapter.domain.okta.OktaId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Persistence adapter: the session clean-up queue in table {@code session_cleanup}. A claim moves
 * the due time of the rows it takes past the lease, so another replica (or this one after a crash)
 * takes them again only when the lease ran out.
 */
@ApplicationScoped
class JpaSessionCleanupQueue implements SessionCleanupQueue {

  private final EntityManager em;

  JpaSessionCleanupQueue(EntityManager em) {
    this.em = em;
  }

  // MANDATORY: queued with the event that calls for it, or not at all.
  @Override
  @Transactional(TxType.MANDATORY)
  public void enqueue(OktaId userId, String reason, String eventUuid, Instant now) {
    em.createNativeQuery(
            "insert into session_cleanup (user_id, reason, event_uuid, due_at, created_at)"
                + " values (?1, ?2, ?3, ?4, ?4) on conflict (event_uuid) do nothing")
        .setParameter(1, userId.value())
        .setParameter(2, reason)
        .setParameter(3, eventUuid)
        .setParameter(4, now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  @SuppressWarnings("unchecked")
  public List<QueuedCleanup> claimDue(int limit, Duration lease, Instant now) {
    List<Object[]> rows =
        em.createNativeQuery(
                "update session_cleanup set due_at = ?2, attempts = attempts + 1 where id in"
                    + " (select id from session_cleanup where due_at <= ?1 order by due_at"
                    + " limit ?3 for update skip locked)"
                    + " returning id, user_id, reason, attempts")
            .setParameter(1, now.atOffset(ZoneOffset.UTC))
            .setParameter(2, now.plus(lease).atOffset(ZoneOffset.UTC))
            .setParameter(3, limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new QueuedCleanup(
                    ((Number) r[0]).longValue(),
                    OktaId.of((String) r[1]),
                    (String) r[2],
                    ((Number) r[3]).intValue()))
        .toList();
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void done(long id) {
    em.createNativeQuery("delete from session_cleanup where id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void retryLater(long id, String error, Instant retryAt) {
    String shortError = error == null ? "" : error.substring(0, Math.min(error.length(), 2000));
    em.createNativeQuery("update session_cleanup set due_at = ?2, last_error = ?3 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, retryAt.atOffset(ZoneOffset.UTC))
        .setParameter(3, shortError)
        .executeUpdate();
  }
}
