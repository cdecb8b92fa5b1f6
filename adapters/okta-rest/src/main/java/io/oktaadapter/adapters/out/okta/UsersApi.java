package io.oktaadapter.adapters.out.okta;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Okta REST adapter: Okta's users endpoints the support commands use. */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface UsersApi {

  /** A user by id or by login (Okta accepts both in the path). */
  @GET
  @Path("{idOrLogin}")
  UserJson get(@PathParam("idOrLogin") String idOrLogin);

  @DELETE
  @Path("{id}/sessions")
  void clearSessions(
      @PathParam("id") String id,
      @QueryParam("oauthTokens") boolean oauthTokens,
      @QueryParam("forgetDevices") boolean forgetDevices);

  @POST
  @Path("{id}/lifecycle/{operation}")
  void lifecycle(@PathParam("id") String id, @PathParam("operation") String operation);

  /** Okta's user object, as far as the adapter reads it. */
  record UserJson(String id, String status, Profile profile) {
    /** The user's profile. */
    record Profile(String login) {}
  }
}
