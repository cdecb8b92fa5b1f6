package io.oktaadapter.adapters.in.rest.tenant;

import io.oktaadapter.adapters.in.rest.common.Params;
import io.oktaadapter.adapters.in.rest.common.StrictInput;
import io.oktaadapter.application.port.in.aliases.VerifyAliasUseCase;
import io.oktaadapter.application.port.in.aliases.VerifyAliasUseCase.Verification;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.TenantKey;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: alias ownership (ADR 0018), {@code /api/v1/tenants/{key}/aliases/{alias}}. A check
 * looks the claim's TXT record up now; an admin may approve a claim with a reason.
 */
@Path("/api/v1/tenants/{key}/aliases/{alias}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants")
class AliasResource {

  private final VerifyAliasUseCase aliases;

  AliasResource(VerifyAliasUseCase aliases) {
    this.aliases = aliases;
  }

  /** Where an alias stands: PENDING_VERIFICATION (with the challenge), VERIFIED or EXPIRED. */
  public record VerificationDto(
      String alias, String status, String record, String value, Instant expiresAt, String job) {
    static VerificationDto of(Verification v) {
      return new VerificationDto(
          v.alias().host(),
          v.status().name(),
          v.claim().map(c -> c.recordName()).orElse(null),
          v.claim().map(c -> c.token()).orElse(null),
          v.claim().map(c -> c.expiresAt()).orElse(null),
          v.job().map(j -> "/api/v1/jobs/" + j.id()).orElse(null));
    }
  }

  /** An admin's approval: why the alias is the tenant's without DNS proof. */
  @StrictInput
  public record ApprovalDto(String reason) {}

  @POST
  @Path("verification")
  @RolesAllowed({"support", "admin", "customer"})
  @Operation(
      summary =
          "Look the claim's TXT record _okta-adapter-challenge.<alias> up now; VERIFIED puts the"
              + " alias into Okta (job)")
  public VerificationDto verify(@PathParam("key") String key, @PathParam("alias") String alias) {
    TenantKey tenant = Params.tenantKey(key);
    Alias host = alias(alias);
    return VerificationDto.of(
        QuarkusTransaction.requiringNew().call(() -> aliases.verify(tenant, host)));
  }

  @POST
  @Path("approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("admin")
  @Operation(summary = "Approve a claimed alias by hand, with a reason (audited)")
  public VerificationDto approve(
      @PathParam("key") String key, @PathParam("alias") String alias, ApprovalDto body) {
    TenantKey tenant = Params.tenantKey(key);
    Alias host = alias(alias);
    String reason = body == null ? null : body.reason();
    return VerificationDto.of(
        QuarkusTransaction.requiringNew().call(() -> aliases.approve(tenant, host, reason)));
  }

  private static Alias alias(String raw) {
    try {
      return Alias.of(raw);
    } catch (InvalidFieldException e) {
      throw e.under("alias");
    }
  }
}
