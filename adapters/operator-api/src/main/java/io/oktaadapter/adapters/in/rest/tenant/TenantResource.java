package io.oktaadapter.adapters.in.rest.tenant;

import io.oktaadapter.adapters.in.rest.common.PageDto;
import io.oktaadapter.adapters.in.rest.common.Params;
import io.oktaadapter.adapters.in.rest.job.JobDto;
import io.oktaadapter.adapters.in.rest.job.JobResponses;
import io.oktaadapter.adapters.in.rest.job.PlanDto;
import io.oktaadapter.application.port.in.aliases.VerifyAliasUseCase;
import io.oktaadapter.application.port.in.provisioning.DeleteTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.DescribeTenantProvisioningUseCase;
import io.oktaadapter.application.port.in.provisioning.PlanTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.ProvisionTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.ReconcileTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.SubmitTenantCommand;
import io.oktaadapter.application.port.in.provisioning.UpdateTenantUseCase;
import io.oktaadapter.application.port.in.tenant.GetTenantUseCase;
import io.oktaadapter.application.port.in.tenant.ListTenantsUseCase;
import io.oktaadapter.domain.InvalidFieldException;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: tenants, {@code /api/v1/tenants}. Writes store the desired state and queue a job in
 * one transaction, committed before the answer (and before any {@code Prefer: wait}).
 */
@Path("/api/v1/tenants")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants")
class TenantResource {

  private final ListTenantsUseCase listTenants;
  private final GetTenantUseCase getTenant;
  private final ProvisionTenantUseCase provision;
  private final UpdateTenantUseCase update;
  private final DeleteTenantUseCase delete;
  private final PlanTenantUseCase plan;
  private final DescribeTenantProvisioningUseCase describe;
  private final ReconcileTenantUseCase reconcileTenant;
  private final JobResponses responses;
  private final VerifyAliasUseCase aliases;

  TenantResource(
      ListTenantsUseCase listTenants,
      GetTenantUseCase getTenant,
      ProvisionTenantUseCase provision,
      UpdateTenantUseCase update,
      DeleteTenantUseCase delete,
      PlanTenantUseCase plan,
      DescribeTenantProvisioningUseCase describe,
      ReconcileTenantUseCase reconcileTenant,
      JobResponses responses,
      VerifyAliasUseCase aliases) {
    this.aliases = aliases;
    this.listTenants = listTenants;
    this.getTenant = getTenant;
    this.provision = provision;
    this.update = update;
    this.delete = delete;
    this.plan = plan;
    this.describe = describe;
    this.reconcileTenant = reconcileTenant;
    this.responses = responses;
  }

  @GET
  @RolesAllowed({"viewer", "support", "admin", "customer"})
  @Operation(summary = "List tenants in key order, page by page (page from 0, size 1-100)")
  public PageDto<TenantDto> list(@QueryParam("page") String page, @QueryParam("size") String size) {
    return PageDto.of(listTenants.listTenants(Params.page(page, size)), TenantDto::of);
  }

  @GET
  @Path("{key}")
  @RolesAllowed({"viewer", "support", "admin", "customer"})
  @Operation(summary = "Show one tenant with its Okta resources and its last job")
  public TenantDto get(@PathParam("key") String key) {
    TenantKey tenantKey = Params.tenantKey(key);
    var tenant = getTenant.getTenant(tenantKey);
    var provisioning = describe.describe(tenantKey);
    Map<String, String> planned =
        plan.plan(tenantKey).steps().stream()
            .filter(s -> s.oktaId() != null)
            .collect(
                Collectors.toMap(s -> s.oktaId().value(), s -> s.action().name(), (a, b) -> a));
    var resources =
        provisioning.resources().stream()
            .map(
                r ->
                    new TenantDto.OktaResourceDto(
                        r.type().name(),
                        r.oktaId().value(),
                        r.name(),
                        planned.getOrDefault(r.oktaId().value(), "APPLIED")))
            .toList();
    return TenantDto.of(
        tenant,
        resources,
        provisioning.lastJob().map(JobDto::of).orElse(null),
        provisioning.drift().orElse(null),
        QuarkusTransaction.requiringNew().call(() -> aliases.claims(tenantKey)));
  }

  @GET
  @Path("{key}/plan")
  @RolesAllowed({"viewer", "support", "admin", "customer"})
  @Operation(summary = "What provisioning the stored desired state would change in Okta")
  public PlanDto plan(@PathParam("key") String key) {
    return PlanDto.of(plan.plan(Params.tenantKey(key)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"support", "admin"})
  @Operation(
      summary =
          "Create a tenant from its declarative spec: 202 with the job (Idempotency-Key,"
              + " Prefer: wait=N and ?dryRun=true supported)")
  public Response create(
      TenantSpecDto body,
      @QueryParam("dryRun") boolean dryRun,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @HeaderParam("Prefer") String prefer) {
    var command =
        new SubmitTenantCommand(
            required(body).toSpec(null), JobResponses.idempotencyKey(idempotencyKey), dryRun);
    var submission = QuarkusTransaction.requiringNew().call(() -> provision.provision(command));
    return responses.answer(submission, prefer);
  }

  @PUT
  @Path("{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"support", "admin", "customer"})
  @Operation(summary = "Replace a tenant's desired state; the job applies the difference")
  public Response replace(
      @PathParam("key") String key,
      TenantSpecDto body,
      @QueryParam("dryRun") boolean dryRun,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @HeaderParam("Prefer") String prefer) {
    var command =
        new SubmitTenantCommand(
            required(body).toSpec(Params.tenantKey(key).value()),
            JobResponses.idempotencyKey(idempotencyKey),
            dryRun);
    var submission = QuarkusTransaction.requiringNew().call(() -> update.update(command));
    return responses.answer(submission, prefer);
  }

  @DELETE
  @Path("{key}")
  @RolesAllowed("admin")
  @Operation(summary = "Remove exactly the recorded Okta resources, then mark the tenant DELETED")
  public Response remove(
      @PathParam("key") String key,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @HeaderParam("Prefer") String prefer) {
    TenantKey tenantKey = Params.tenantKey(key);
    var idempotency = JobResponses.idempotencyKey(idempotencyKey);
    var submission =
        QuarkusTransaction.requiringNew().call(() -> delete.delete(tenantKey, idempotency));
    return responses.answer(submission, prefer);
  }

  @POST
  @Path("{key}/reconcile")
  @RolesAllowed({"support", "admin"})
  @Operation(summary = "Check Okta against the records and the desired state; repair drift")
  public Response reconcile(
      @PathParam("key") String key,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @HeaderParam("Prefer") String prefer) {
    TenantKey tenantKey = Params.tenantKey(key);
    var idempotency = JobResponses.idempotencyKey(idempotencyKey);
    var submission =
        QuarkusTransaction.requiringNew()
            .call(() -> reconcileTenant.reconcile(tenantKey, idempotency));
    return responses.answer(submission, prefer);
  }

  private static TenantSpecDto required(TenantSpecDto body) {
    if (body == null) {
      throw new InvalidFieldException("body", "must be a tenant spec");
    }
    return body;
  }
}
