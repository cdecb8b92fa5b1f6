package io.oktaadapter.adapters.in.ui;

import io.oktaadapter.adapters.in.ui.Views.AuditRow;
import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.application.port.in.audit.QueryAuditLogUseCase;
import io.oktaadapter.application.port.out.audit.AuditEntry;
import io.oktaadapter.application.port.out.audit.AuditQuery;
import io.oktaadapter.domain.tenant.TenantKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Web UI: a tenant's audit trail (who, when, what, request id, before → after) for the detail page,
 * newest first, through the audit log's query use case (ADR 0014).
 */
@ApplicationScoped
class AuditTrail {

  static final int SHOWN = 20;

  private final QueryAuditLogUseCase audit;

  AuditTrail(QueryAuditLogUseCase audit) {
    this.audit = audit;
  }

  boolean available() {
    return true;
  }

  List<AuditRow> forTenant(TenantKey tenant) {
    return audit
        .find(AuditQuery.all().forTenant(tenant.value()), new PageRequest(0, SHOWN))
        .items()
        .stream()
        .map(AuditTrail::row)
        .toList();
  }

  private static AuditRow row(AuditEntry e) {
    String change = summary(e.before()) + " → " + summary(e.after());
    return new AuditRow(
        UiSupport.time(e.at()),
        e.actorKind().name().toLowerCase(java.util.Locale.ROOT) + " " + e.actorId(),
        e.action()
            + " "
            + e.targetType()
            + " "
            + e.targetId()
            + e.requestId().map(id -> " (request " + id + ")").orElse(""),
        change);
  }

  private static String summary(Map<String, Object> values) {
    if (values.isEmpty()) {
      return "∅";
    }
    return values.entrySet().stream()
        .map(en -> en.getKey() + "=" + en.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
