package io.oktaadapter.adapters.in.rest.tenant;

import io.oktaadapter.adapters.in.rest.common.PageDto;
import io.oktaadapter.adapters.in.rest.common.Params;
import io.oktaadapter.application.port.in.tenant.GetTenantUseCase;
import io.oktaadapter.application.port.in.tenant.ListTenantsUseCase;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** REST adapter: the read side of tenants, {@code /api/v1/tenants}. */
@Path("/api/v1/tenants")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants")
class TenantResource {

  private final ListTenantsUseCase listTenants;
  private final GetTenantUseCase getTenant;

  TenantResource(ListTenantsUseCase listTenants, GetTenantUseCase getTenant) {
    this.listTenants = listTenants;
    this.getTenant = getTenant;
  }

  @GET
  @RolesAllowed({"viewer", "support", "admin"})
  @Operation(summary = "List tenants in key order, page by page (page from 0, size 1-100)")
  public PageDto<TenantDto> list(@QueryParam("page") String page, @QueryParam("size") String size) {
    return PageDto.of(listTenants.listTenants(Params.page(page, size)), TenantDto::of);
  }

  @GET
  @Path("{key}")
  @RolesAllowed({"viewer", "support", "admin"})
  @Operation(summary = "Show one tenant")
  public TenantDto get(@PathParam("key") String key) {
    return TenantDto.of(getTenant.getTenant(Params.tenantKey(key)));
  }
}
