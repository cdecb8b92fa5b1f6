package io.oktaadapter.adapters.in.ui;

import io.oktaadapter.adapters.in.ui.Views.AuditRow;
import io.oktaadapter.domain.tenant.TenantKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Web UI: a tenant's audit trail for the detail page. Until the audit log (issue 9, ADR 0014)
 * offers a query port, the page says that no trail is available instead of showing an empty one.
 */
@ApplicationScoped
class AuditTrail {

  boolean available() {
    return false;
  }

  List<AuditRow> forTenant(TenantKey tenant) {
    return List.of();
  }
}
