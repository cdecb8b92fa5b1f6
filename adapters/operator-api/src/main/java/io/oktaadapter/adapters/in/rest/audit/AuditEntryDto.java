package io.oktaadapter.adapters.in.rest.audit;

import io.oktaadapter.application.port.out.audit.AuditEntry;
import java.time.Instant;
import java.util.Map;

/** REST adapter: one audit entry. */
public record AuditEntryDto(
    String id,
    Instant at,
    Actor actor,
    String action,
    Target target,
    String tenant,
    String requestId,
    Map<String, Object> before,
    Map<String, Object> after) {

  /** Who acted: USER, SERVICE or SYSTEM, and their id. */
  public record Actor(String kind, String id) {}

  /** What was changed. */
  public record Target(String type, String id) {}

  static AuditEntryDto of(AuditEntry e) {
    return new AuditEntryDto(
        e.id().toString(),
        e.at(),
        new Actor(e.actorKind().name(), e.actorId()),
        e.action(),
        new Target(e.targetType(), e.targetId()),
        e.tenant().orElse(null),
        e.requestId().orElse(null),
        e.before(),
        e.after());
  }
}
