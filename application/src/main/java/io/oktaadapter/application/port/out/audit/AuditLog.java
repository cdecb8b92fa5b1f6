package io.oktaadapter.application.port.out.audit;

import io.oktaadapter.application.common.Page;
import io.oktaadapter.application.common.PageRequest;

/**
 * Outbound port for the append-only audit log. {@link #append} joins the caller's transaction when
 * there is one, so that the entry commits (or rolls back) with the change it describes.
 */
public interface AuditLog {

  /** Stores one entry; entries are never changed or removed. */
  void append(AuditEntry entry);

  /**
   * Stores one entry in a transaction of its own, committed whatever becomes of the caller's: for
   * refusals, whose request changes nothing and whose own transaction rolls back.
   */
  void appendAlone(AuditEntry entry);

  /** Entries matching {@code query}, newest first. */
  Page<AuditEntry> find(AuditQuery query, PageRequest page);
}
