package io.oktaadapter.application.service.audit;

import io.oktaadapter.application.port.out.audit.AuditEntry;
import io.oktaadapter.application.port.out.audit.AuditLog;
import io.oktaadapter.application.port.out.security.ActorContext;
import io.oktaadapter.application.security.Access;
import io.oktaadapter.application.security.AccessPolicy;
import io.oktaadapter.application.security.Actor;
import io.oktaadapter.domain.tenant.TenantKey;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Application helper shared by the guarded use cases: checks the acting principal against the
 * {@link AccessPolicy} and appends audit entries naming it, within the caller's transaction.
 */
public final class Auditor {

  private final AuditLog log;
  private final ActorContext actors;
  private final Clock clock;

  public Auditor(AuditLog log, ActorContext actors, Clock clock) {
    this.log = log;
    this.actors = actors;
    this.clock = clock;
  }

  /** The acting principal, after checking that it may do {@code access} on {@code tenant}. */
  public Actor require(Access access, TenantKey tenant) {
    Actor actor = actors.actor();
    AccessPolicy.require(actor, access, tenant);
    return actor;
  }

  /** The acting principal. */
  public Actor actor() {
    return actors.actor();
  }

  /** Appends an entry: {@code action} on {@code targetType}/{@code targetId}. */
  public void record(
      String action,
      String targetType,
      String targetId,
      TenantKey tenant,
      Map<String, Object> before,
      Map<String, Object> after) {
    Actor actor = actors.actor();
    log.append(
        new AuditEntry(
            UUID.randomUUID(),
            clock.instant(),
            actor.kind(),
            actor.id(),
            action,
            targetType,
            targetId,
            Optional.ofNullable(tenant).map(TenantKey::value),
            actors.requestId(),
            before,
            after));
  }
}
