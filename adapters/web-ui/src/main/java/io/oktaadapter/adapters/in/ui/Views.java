package io.oktaadapter.adapters.in.ui;

import java.util.List;
import java.util.Map;

/** Web UI: what the templates show, already formatted; never a secret. */
final class Views {

  private Views() {}

  /** Header and navigation: brand and the signed-in user. */
  record Chrome(
      String brand,
      String logo,
      String user,
      String role,
      boolean operator,
      boolean canCreate,
      boolean canEdit,
      boolean canDelete) {}

  record TenantRow(
      String key,
      String displayName,
      String status,
      String drift,
      int applications,
      String aliases) {}

  record Overview(
      List<TenantRow> rows,
      String q,
      int page,
      int pages,
      long total,
      boolean hasPrevious,
      boolean hasNext,
      String previousLink,
      String nextLink) {}

  record ResourceRow(String type, String oktaId, String name, String state, String link) {}

  record AppRow(
      String id,
      String kind,
      String status,
      String statusReason,
      List<String> baseUrls,
      String issuer,
      String clientId,
      List<String> redirectUris,
      String secretPath) {}

  record EventRow(String uuid, String type, String published, String status, String actor) {}

  record AuditRow(String at, String actor, String action, String summary) {}

  record StepRow(
      String action, String type, String name, String status, String oktaId, String detail) {}

  record JobView(
      String id,
      String tenantKey,
      String kind,
      String status,
      boolean finished,
      boolean failed,
      String result,
      List<StepRow> steps,
      String updatedAt) {}

  record TenantView(
      String key,
      String displayName,
      String status,
      String statusReason,
      List<String> aliases,
      List<String> adminContacts,
      String mfa,
      String createdAt,
      String updatedAt,
      String drift,
      List<ResourceRow> resources,
      List<AppRow> applications,
      List<EventRow> events,
      List<AuditRow> audit,
      boolean auditAvailable,
      JobView lastJob,
      List<ClaimRow> claims) {}

  /** An alias the tenant claims but has not proven yet, with the TXT record that proves it. */
  record ClaimRow(String alias, String record, String value, String expiresAt) {}

  /** A tenant form as entered, with the API's messages per field ({@code errors}). */
  record TenantForm(
      boolean editing,
      String key,
      String displayName,
      String aliases,
      String adminContacts,
      String mfa,
      Map<String, String> errors,
      String formError) {}

  record AliasUrl(String alias, String url, String error) {}

  record ApplicationForm(
      String tenantKey,
      String id,
      String kind,
      List<String> kinds,
      List<AliasUrl> baseUrls,
      Map<String, String> errors,
      String formError) {

    public boolean editing() {
      return id != null;
    }
  }

  /** A confirmation before a delete: what goes, and where the form posts. */
  record Confirm(String title, String what, String action, String cancel) {}

  record EventsView(List<EventRow> events, String type) {}

  /**
   * One quarantine entry; {@code actionable} when it is still quarantined and the user may resolve
   * it; {@code error} the refusal of the last attempt to resolve it, shown next to its forms.
   */
  record QuarantineRow(
      String id,
      String receivedAt,
      String reason,
      String body,
      boolean truncated,
      String kind,
      String deliveryId,
      String eventIndex,
      String status,
      String resolution,
      boolean actionable,
      String error) {}
}
