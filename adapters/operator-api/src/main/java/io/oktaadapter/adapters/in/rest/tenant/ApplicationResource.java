package io.oktaadapter.adapters.in.rest.tenant;

import io.oktaadapter.adapters.in.rest.common.Params;
import io.oktaadapter.adapters.in.rest.job.JobResponses;
import io.oktaadapter.application.port.in.application.ApplicationConfig;
import io.oktaadapter.application.port.in.application.DeleteApplicationUseCase;
import io.oktaadapter.application.port.in.application.GetApplicationConfigUseCase;
import io.oktaadapter.application.port.in.application.ProvisionApplicationUseCase;
import io.oktaadapter.application.port.in.application.SubmitApplicationCommand;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.tenant.TenantKey;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: a tenant's applications (EFS, DV, ...), {@code /api/v1/tenants/{key}/applications}.
 * Writes answer like tenant writes (202 + job, {@code Prefer: wait}, {@code Idempotency-Key}); a
 * {@code Link} with {@code rel="related"} names the application.
 */
@Path("/api/v1/tenants/{key}/applications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
class ApplicationResource {

  private final ProvisionApplicationUseCase provision;
  private final DeleteApplicationUseCase delete;
  private final GetApplicationConfigUseCase config;
  private final JobResponses responses;

  ApplicationResource(
      ProvisionApplicationUseCase provision,
      DeleteApplicationUseCase delete,
      GetApplicationConfigUseCase config,
      JobResponses responses) {
    this.provision = provision;
    this.delete = delete;
    this.config = config;
    this.responses = responses;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"support", "admin", "customer"})
  @Operation(summary = "Create an application: an OIDC client from its kind's template")
  public Response create(
      @PathParam("key") String key,
      ApplicationSpecDto body,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @HeaderParam("Prefer") String prefer) {
    return submit(key, null, body, idempotencyKey, prefer);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"support", "admin", "customer"})
  @Operation(summary = "Give an application new base URLs; the job applies the difference")
  public Response replace(
      @PathParam("key") String key,
      @PathParam("id") String id,
      ApplicationSpecDto body,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @HeaderParam("Prefer") String prefer) {
    return submit(key, applicationId(id), body, idempotencyKey, prefer);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed("admin")
  @Operation(summary = "Remove the application's Okta resources and client secret")
  public Response remove(
      @PathParam("key") String key,
      @PathParam("id") String id,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @HeaderParam("Prefer") String prefer) {
    TenantKey tenant = Params.tenantKey(key);
    ApplicationId app = applicationId(id);
    var idempotency = JobResponses.idempotencyKey(idempotencyKey);
    var submission =
        QuarkusTransaction.requiringNew().call(() -> delete.delete(tenant, app, idempotency));
    return responses.answer(submission, prefer);
  }

  @GET
  @Path("{id}/config")
  @RolesAllowed({"viewer", "support", "admin", "customer"})
  @Operation(
      summary =
          "What the installation needs: issuer, client id, redirect URIs and where the client"
              + " secret is kept (never the secret)")
  public ApplicationConfig config(@PathParam("key") String key, @PathParam("id") String id) {
    return config.config(Params.tenantKey(key), applicationId(id));
  }

  private Response submit(
      String key, ApplicationId id, ApplicationSpecDto body, String idempotencyKey, String prefer) {
    if (body == null) {
      throw new InvalidFieldException("body", "must be an application spec");
    }
    SubmitApplicationCommand command =
        body.toCommand(Params.tenantKey(key), id, JobResponses.idempotencyKey(idempotencyKey));
    var result = QuarkusTransaction.requiringNew().call(() -> provision.submit(command));
    Response response = responses.answer(result.submission(), prefer);
    if (result.applicationId() == null) {
      return response;
    }
    String link = "/api/v1/tenants/" + key + "/applications/" + result.applicationId();
    return Response.fromResponse(response)
        .header("Link", "<" + link + ">; rel=\"related\"")
        .build();
  }

  private static ApplicationId applicationId(String raw) {
    try {
      return ApplicationId.parse(raw);
    } catch (InvalidFieldException e) {
      throw e.under("id");
    }
  }
}
