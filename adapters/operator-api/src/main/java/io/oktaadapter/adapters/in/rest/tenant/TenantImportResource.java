package io.oktaadapter.adapters.in.rest.tenant;

import io.oktaadapter.adapters.in.rest.common.Params;
import io.oktaadapter.adapters.in.rest.job.JobResponses;
import io.oktaadapter.application.port.in.provisioning.ImportTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.SubmitTenantCommand;
import io.oktaadapter.domain.InvalidFieldException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: {@code POST /api/v1/tenants/{key}/import}. Takes the spec of a tenant whose Okta
 * resources already exist (made by hand or by another tool) and queues an IMPORT job; the finished
 * job's result names what was adopted (with the Okta ids) and what was missing and created.
 */
@Path("/api/v1/tenants/{key}/import")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants")
class TenantImportResource {

  private final ImportTenantUseCase importTenant;
  private final JobResponses responses;

  TenantImportResource(ImportTenantUseCase importTenant, JobResponses responses) {
    this.importTenant = importTenant;
    this.responses = responses;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"support", "admin"})
  @Operation(
      summary =
          "Take over a tenant's existing Okta resources by the naming convention (never"
              + " re-created), create what is missing: 202 with the job (Idempotency-Key,"
              + " Prefer: wait=N and ?dryRun=true supported)")
  public Response importTenant(
      @PathParam("key") String key,
      TenantSpecDto body,
      @QueryParam("dryRun") boolean dryRun,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @HeaderParam("Prefer") String prefer) {
    if (body == null) {
      throw new InvalidFieldException("body", "must be a tenant spec");
    }
    var command =
        new SubmitTenantCommand(
            body.toSpec(Params.tenantKey(key).value()),
            JobResponses.idempotencyKey(idempotencyKey),
            dryRun);
    var submission =
        QuarkusTransaction.requiringNew().call(() -> importTenant.importTenant(command));
    return responses.answer(submission, prefer);
  }
}
