package io.oktaadapter.application.port.out.audit;

import io.oktaadapter.application.security.Actor;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Outbound port value: one audited change. Summaries hold plain values (strings, numbers, lists)
 * that describe the target before and after the change; they never hold secrets.
 *
 * @param id unique id of the entry
 * @param at when the change was made
 * @param actorKind USER, SERVICE or SYSTEM
 * @param actorId who made it (user name, service name, job name)
 * @param action what was done, {@code <target-type>.<verb>}, e.g. {@code tenant.update}
 * @param targetType what was changed, e.g. {@code tenant}, {@code application}, {@code hook-secret}
 * @param targetId which one, e.g. the tenant key or application id
 * @param tenant the tenant the change belongs to, if any (customers see only theirs)
 * @param requestId the HTTP request id or Kafka command id, if known
 * @param before summary before the change (empty when created)
 * @param after summary after the change (empty when deleted)
 */
public record AuditEntry(
    UUID id,
    Instant at,
    Actor.Kind actorKind,
    String actorId,
    String action,
    String targetType,
    String targetId,
    Optional<String> tenant,
    Optional<String> requestId,
    Map<String, Object> before,
    Map<String, Object> after) {

  public AuditEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actorKind, "actorKind");
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(targetType, "targetType");
    Objects.requireNonNull(targetId, "targetId");
    tenant = tenant == null ? Optional.empty() : tenant;
    requestId = requestId == null ? Optional.empty() : requestId;
    before = before == null ? Map.of() : unmodifiable(before);
    after = after == null ? Map.of() : unmodifiable(after);
  }

  private static Map<String, Object> unmodifiable(Map<String, Object> summary) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(summary));
  }
}
