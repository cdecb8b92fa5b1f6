package io.oktaadapter.application.service.audit;

import io.oktaadapter.application.common.Page;
import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.application.port.in.audit.QueryAuditLogUseCase;
import io.oktaadapter.application.port.out.audit.AuditEntry;
import io.oktaadapter.application.port.out.audit.AuditLog;
import io.oktaadapter.application.port.out.audit.AuditQuery;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.security.Access;
import io.oktaadapter.application.security.Actor;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import java.time.Instant;
import java.util.Optional;

/**
 * Use case: list audit entries. A customer's query is confined to their tenant; asking for another
 * tenant's entries answers as if that tenant did not exist.
 */
public class QueryAuditLogService implements QueryAuditLogUseCase {

  private final AuditLog log;
  private final TenantRepository tenants;
  private final Auditor auditor;

  public QueryAuditLogService(AuditLog log, TenantRepository tenants, Auditor auditor) {
    this.log = log;
    this.tenants = tenants;
    this.auditor = auditor;
  }

  @Override
  public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
    Actor actor = auditor.actor();
    if (actor.isCustomer()) {
      TenantKey own = actor.tenant().get();
      auditor.require(Access.READ_TENANT, query.tenant().map(TenantKey::of).orElse(own));
      // Entries of a deleted tenant whose key theirs took over are not theirs to read.
      AuditQuery confined = query.forTenant(own.value());
      Optional<Instant> since = tenants.findByKey(own).map(Tenant::createdAt);
      if (since.isPresent() && confined.from().map(f -> f.isBefore(since.get())).orElse(true)) {
        confined =
            new AuditQuery(
                confined.tenant(), confined.actorId(), confined.action(), since, confined.to());
      }
      return log.find(confined, page);
    }
    auditor.require(Access.READ_TENANT, query.tenant().map(TenantKey::of).orElse(null));
    return log.find(query, page);
  }
}
