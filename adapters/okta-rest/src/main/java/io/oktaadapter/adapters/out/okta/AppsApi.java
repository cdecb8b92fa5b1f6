package io.oktaadapter.adapters.out.okta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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
import java.util.Map;

/** Okta REST adapter: Okta's applications endpoints, with their group assignments. */
@Path("/api/v1/apps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface AppsApi {

  @POST
  AppJson create(AppJson app);

  @GET
  @Path("{id}")
  AppJson get(@PathParam("id") String id);

  @GET
  Response search(@QueryParam("q") String q, @QueryParam("limit") int limit);

  @PUT
  @Path("{id}")
  AppJson update(@PathParam("id") String id, AppJson app);

  @POST
  @Path("{id}/lifecycle/deactivate")
  void deactivate(@PathParam("id") String id);

  @DELETE
  @Path("{id}")
  void delete(@PathParam("id") String id);

  @PUT
  @Path("{id}/groups/{groupId}")
  AssignmentJson assign(
      @PathParam("id") String id, @PathParam("groupId") String groupId, Map<String, Object> body);

  @DELETE
  @Path("{id}/groups/{groupId}")
  void unassign(@PathParam("id") String id, @PathParam("groupId") String groupId);

  @GET
  @Path("{id}/groups")
  Response assignments(@PathParam("id") String id, @QueryParam("limit") int limit);

  /** Okta's OIDC application object, as far as the adapter reads and writes it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record AppJson(
      String id,
      String name,
      String label,
      String status,
      String signOnMode,
      Credentials credentials,
      Settings settings) {

    /** The application's credentials. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Credentials(OauthClientCredentials oauthClient) {}

    /** The OAuth client's id, secret and client authentication method. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OauthClientCredentials(
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret,
        @JsonProperty("token_endpoint_auth_method") String tokenEndpointAuthMethod) {

      @Override
      public String toString() {
        return "OauthClientCredentials[clientId=" + clientId + ", clientSecret=***]";
      }
    }

    /** The application's settings. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Settings(OauthClientSettings oauthClient) {}

    /** The OAuth client's URIs, flows and type. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OauthClientSettings(
        @JsonProperty("redirect_uris") List<String> redirectUris,
        @JsonProperty("post_logout_redirect_uris") List<String> postLogoutRedirectUris,
        @JsonProperty("initiate_login_uri") String initiateLoginUri,
        @JsonProperty("response_types") List<String> responseTypes,
        @JsonProperty("grant_types") List<String> grantTypes,
        @JsonProperty("application_type") String applicationType) {}
  }

  /** An application's group assignment; {@code id} is the group's id. */
  record AssignmentJson(String id, Integer priority) {}
}
