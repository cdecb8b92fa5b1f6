package io.oktaadapter.adapters.in.rest.tenant;

import io.oktaadapter.adapters.in.rest.common.Params;
import io.oktaadapter.adapters.in.rest.common.StrictInput;
import io.oktaadapter.application.port.in.inline.ManageRegistrationDomainsUseCase;
import io.oktaadapter.application.port.in.inline.SyncTenantMembershipsUseCase;
import io.oktaadapter.application.port.in.inline.SyncTenantMembershipsUseCase.GroupSync;
import io.oktaadapter.application.port.in.inline.SyncTenantMembershipsUseCase.SyncResult;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.Validation;
import io.oktaadapter.domain.tenant.EmailDomain;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: who may join and who belongs to a tenant, as the inline hooks see it: {@code
 * /api/v1/tenants/{key}/registration-domains} and {@code .../memberships/sync}.
 */
@Path("/api/v1/tenants/{key}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant access")
class TenantAccessResource {

  private final ManageRegistrationDomainsUseCase domains;
  private final SyncTenantMembershipsUseCase memberships;

  TenantAccessResource(
      ManageRegistrationDomainsUseCase domains, SyncTenantMembershipsUseCase memberships) {
    this.domains = domains;
    this.memberships = memberships;
  }

  /** The body of a registration-domain list; other fields are refused (ADR 0014). */
  @StrictInput
  public record DomainsDto(List<String> domains) {}

  @GET
  @Path("registration-domains")
  @RolesAllowed({"viewer", "support", "admin", "customer"})
  @Operation(summary = "The e-mail domains from which the tenant accepts self-service sign-up")
  public DomainsDto registrationDomains(@PathParam("key") String key) {
    return toDto(domains.list(Params.tenantKey(key)));
  }

  @PUT
  @Path("registration-domains")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"support", "admin"})
  @Operation(
      summary = "Replace the tenant's registration domains; a domain another tenant holds is a 409")
  public DomainsDto replaceRegistrationDomains(@PathParam("key") String key, DomainsDto body) {
    var tenant = Params.tenantKey(key);
    if (body == null || body.domains() == null) {
      throw new InvalidFieldException("domains", "must be a list of e-mail domains (may be empty)");
    }
    Validation v = new Validation();
    List<EmailDomain> parsed = new ArrayList<>();
    for (int i = 0; i < body.domains().size(); i++) {
      EmailDomain domain = v.field("domains[" + i + "]", body.domains().get(i), EmailDomain::of);
      if (domain != null) {
        parsed.add(domain);
      }
    }
    v.throwIfInvalid();
    return toDto(domains.replace(tenant, parsed));
  }

  @POST
  @Path("memberships/sync")
  @RolesAllowed({"support", "admin"})
  @Operation(
      summary =
          "Load the members of the tenant's groups from Okta into the inline hooks' read model")
  public SyncDto syncMemberships(@PathParam("key") String key) {
    SyncResult result = memberships.sync(Params.tenantKey(key));
    return new SyncDto(result.tenant().value(), result.groups());
  }

  /** What a membership sync found, per group of the tenant. */
  public record SyncDto(String tenant, List<GroupSync> groups) {}

  private static DomainsDto toDto(List<EmailDomain> list) {
    return new DomainsDto(list.stream().map(EmailDomain::value).toList());
  }
}
