package io.oktaadapter.application.port.out.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * Outbound port value: which audit entries to list (all filters optional, combined with AND).
 *
 * @param tenant entries of this tenant only
 * @param actorId entries of this actor only
 * @param action entries of this action only (exact, e.g. {@code tenant.delete}), or all actions of
 *     a target type when it ends in {@code .*} (e.g. {@code tenant.*})
 * @param from entries at or after this instant
 * @param to entries before this instant
 */
public record AuditQuery(
    Optional<String> tenant,
    Optional<String> actorId,
    Optional<String> action,
    Optional<Instant> from,
    Optional<Instant> to) {

  public AuditQuery {
    tenant = tenant == null ? Optional.empty() : tenant;
    actorId = actorId == null ? Optional.empty() : actorId;
    action = action == null ? Optional.empty() : action;
    from = from == null ? Optional.empty() : from;
    to = to == null ? Optional.empty() : to;
  }

  /** No filter: every entry. */
  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null);
  }

  /** The same query confined to {@code tenantKey}. */
  public AuditQuery forTenant(String tenantKey) {
    return new AuditQuery(Optional.of(tenantKey), actorId, action, from, to);
  }
}
