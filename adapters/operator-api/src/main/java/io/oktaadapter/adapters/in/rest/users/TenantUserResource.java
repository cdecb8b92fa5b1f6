package io.oktaadapter.adapters.in.rest.users;

import io.oktaadapter.adapters.in.rest.common.Params;
import io.oktaadapter.application.port.in.command.TenantRole;
import io.oktaadapter.application.port.in.users.TenantMembershipUseCase;
import io.oktaadapter.application.port.in.users.TenantMembershipUseCase.Membership;
import io.oktaadapter.domain.InvalidFieldException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: a user's membership of a tenant, {@code /api/v1/tenants/{key}/users/{login}}, kept
 * in the tenant's Okta groups (the same use case as the assign/remove commands).
 */
@Path("/api/v1/tenants/{key}/users/{login}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants")
class TenantUserResource {

  private final TenantMembershipUseCase membership;

  TenantUserResource(TenantMembershipUseCase membership) {
    this.membership = membership;
  }

  @PUT
  @RolesAllowed({"support", "admin"})
  @Operation(summary = "Make the Okta user a member (?role=USER, default) or admin of the tenant")
  public Membership assign(
      @PathParam("key") String key,
      @PathParam("login") String login,
      @QueryParam("role") String role) {
    return membership.assign(Params.tenantKey(key), login, role(role));
  }

  @DELETE
  @RolesAllowed({"support", "admin"})
  @Operation(summary = "Remove the Okta user from the tenant's groups")
  public Membership remove(@PathParam("key") String key, @PathParam("login") String login) {
    return membership.remove(Params.tenantKey(key), login);
  }

  private static TenantRole role(String raw) {
    if (raw == null || raw.isEmpty()) {
      return TenantRole.USER;
    }
    try {
      return TenantRole.valueOf(raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("role", "must be USER or ADMIN");
    }
  }
}
