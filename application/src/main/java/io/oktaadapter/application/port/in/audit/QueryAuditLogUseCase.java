package io.oktaadapter.application.port.in.audit;

import io.oktaadapter.application.common.Page;
import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.application.port.out.audit.AuditEntry;
import io.oktaadapter.application.port.out.audit.AuditQuery;

/** Inbound port: list audit entries; a customer sees only their tenant's. */
public interface QueryAuditLogUseCase {

  Page<AuditEntry> find(AuditQuery query, PageRequest page);
}
