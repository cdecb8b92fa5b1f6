package io.oktaadapter.adapters.out.okta;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Okta REST adapter: Okta's trusted origins endpoints. */
@Path("/api/v1/trustedOrigins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface TrustedOriginsApi {

  @POST
  TrustedOriginJson create(TrustedOriginJson origin);

  @GET
  Response search(@QueryParam("q") String q, @QueryParam("limit") int limit);

  @DELETE
  @Path("{id}")
  void delete(@PathParam("id") String id);

  @PUT
  @Path("{id}")
  TrustedOriginJson update(@PathParam("id") String id, TrustedOriginJson origin);

  /** Okta's trusted origin object. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record TrustedOriginJson(
      String id, String name, String origin, String status, List<ScopeJson> scopes) {
    /** One thing the origin is trusted for ({@code CORS} or {@code REDIRECT}). */
    record ScopeJson(String type) {}
  }
}
