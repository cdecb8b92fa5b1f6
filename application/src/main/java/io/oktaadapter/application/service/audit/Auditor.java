package io.oktaadapter.application.service.audit;

import io.oktaadapter.application.port.out.audit.AuditEntry;
import io.oktaadapter.application.port.out.audit.AuditLog;
import io.oktaadapter.application.port.out.security.ActorContext;
import io.oktaadapter.application.security.Access;
import io.oktaadapter.application.security.AccessDeniedException;
import io.oktaadapter.application.security.AccessPolicy;
import io.oktaadapter.application.security.Actor;
import io.oktaadapter.application.security.FieldPolicy;
import io.oktaadapter.domain.FieldViolation;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantNotFoundException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
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

  /** A customer of another tenant is told that {@code tenant} does not exist. */
  public void requireVisible(TenantKey tenant) {
    if (AccessPolicy.mayNotSee(actors.actor(), tenant)) {
      throw new TenantNotFoundException(tenant);
    }
  }

  /**
   * Refuses, naming the field, unless the acting principal may make every one of {@code changes}
   * through {@code useCase}; a refusal is audited as {@code <action>.refused} (in a transaction of
   * its own: the refused request changes nothing).
   */
  public void requireFields(
      FieldPolicy.UseCase useCase,
      String targetType,
      String targetId,
      TenantKey tenant,
      List<FieldPolicy.FieldChange> changes) {
    Actor actor = actors.actor();
    Optional<FieldViolation> refused = FieldPolicy.refusal(actor, useCase, changes);
    if (refused.isEmpty()) {
      return;
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("refusedField", refused.get().field());
    after.put("reason", refused.get().reason());
    log.appendAlone(
        entry(actor, useCase.action() + ".refused", targetType, targetId, tenant, Map.of(), after));
    throw AccessDeniedException.field(refused.get());
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
    log.append(entry(actors.actor(), action, targetType, targetId, tenant, before, after));
  }

  private AuditEntry entry(
      Actor actor,
      String action,
      String targetType,
      String targetId,
      TenantKey tenant,
      Map<String, Object> before,
      Map<String, Object> after) {
    return new AuditEntry(
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
        after);
  }
}
