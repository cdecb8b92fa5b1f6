package io.oktaadapter.adapters.in.rest.audit;

import io.oktaadapter.adapters.in.rest.common.PageDto;
import io.oktaadapter.adapters.in.rest.common.Params;
import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.application.port.in.audit.QueryAuditLogUseCase;
import io.oktaadapter.application.port.out.audit.AuditQuery;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.Validation;
import io.oktaadapter.domain.tenant.TenantKey;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: the audit log, {@code /api/v1/audit}, newest first, filtered and paged. Customers
 * see only their tenant's entries (the use case confines them).
 */
@Path("/api/v1/audit")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
class AuditResource {

  private static final Pattern ACTION = Pattern.compile("[a-z][a-z-]*(\\.[a-z][a-z-]*|\\.\\*)?");

  private final QueryAuditLogUseCase audit;

  AuditResource(QueryAuditLogUseCase audit) {
    this.audit = audit;
  }

  @GET
  @RolesAllowed({"viewer", "support", "admin", "customer"})
  @Operation(
      summary =
          "Audit entries, newest first: filter by tenant, actor, action (exact or 'tenant.*') and"
              + " time range [from, to); page from 0, size 1-100")
  public PageDto<AuditEntryDto> list(
      @QueryParam("tenant") String tenant,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Validation v = new Validation();
    TenantKey tenantKey = v.field("tenant", blankToNull(tenant), AuditResource::tenantOrNull);
    String actorId = v.field("actor", blankToNull(actor), AuditResource::actorOrNull);
    String act = v.field("action", blankToNull(action), AuditResource::actionOrNull);
    Instant start = v.field("from", from, Params::instantOrNull);
    Instant end = v.field("to", to, Params::instantOrNull);
    if (start != null && end != null && !start.isBefore(end)) {
      v.reject("to", "must be after from");
    }
    v.throwIfInvalid();
    PageRequest paging = Params.page(page, size);
    var query =
        new AuditQuery(
            Optional.ofNullable(tenantKey).map(TenantKey::value),
            Optional.ofNullable(actorId),
            Optional.ofNullable(act),
            Optional.ofNullable(start),
            Optional.ofNullable(end));
    return PageDto.of(audit.find(query, paging), AuditEntryDto::of);
  }

  private static TenantKey tenantOrNull(String raw) {
    return raw == null ? null : TenantKey.of(raw);
  }

  private static String actorOrNull(String raw) {
    if (raw != null && raw.length() > 300) {
      throw InvalidFieldException.ofValue("must be at most 300 characters");
    }
    return raw;
  }

  private static String actionOrNull(String raw) {
    if (raw != null && !ACTION.matcher(raw).matches()) {
      throw InvalidFieldException.ofValue(
          "must be an action such as tenant.update, or all of a target such as tenant.*");
    }
    return raw;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
