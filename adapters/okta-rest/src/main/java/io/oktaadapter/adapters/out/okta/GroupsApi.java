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

/** Okta REST adapter: Okta's groups and group rules endpoints. */
@Path("/api/v1/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface GroupsApi {

  @POST
  GroupJson create(GroupJson group);

  @GET
  @Path("{id}")
  GroupJson get(@PathParam("id") String id);

  @GET
  Response search(@QueryParam("search") String search, @QueryParam("limit") int limit);

  @GET
  @Path("{id}/users")
  Response members(@PathParam("id") String id, @QueryParam("limit") int limit);

  @PUT
  @Path("{id}")
  GroupJson update(@PathParam("id") String id, GroupJson group);

  @DELETE
  @Path("{id}")
  void delete(@PathParam("id") String id);

  @PUT
  @Path("{groupId}/users/{userId}")
  void addUser(@PathParam("groupId") String groupId, @PathParam("userId") String userId);

  @DELETE
  @Path("{groupId}/users/{userId}")
  void removeUser(@PathParam("groupId") String groupId, @PathParam("userId") String userId);

  @POST
  @Path("rules")
  GroupRuleJson createRule(GroupRuleJson rule);

  @GET
  @Path("rules")
  Response searchRules(@QueryParam("search") String keyword, @QueryParam("limit") int limit);

  @GET
  @Path("rules/{id}")
  GroupRuleJson getRule(@PathParam("id") String id);

  @PUT
  @Path("rules/{id}")
  GroupRuleJson updateRule(@PathParam("id") String id, GroupRuleJson rule);

  @POST
  @Path("rules/{id}/lifecycle/{operation}")
  void ruleLifecycle(@PathParam("id") String id, @PathParam("operation") String operation);

  @DELETE
  @Path("rules/{id}")
  void deleteRule(@PathParam("id") String id);

  /** Okta's group object, as far as the adapter reads and writes it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record GroupJson(String id, String type, Profile profile) {
    /** The group's profile. */
    record Profile(String name, String description) {}
  }

  /** Okta's group rule object. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record GroupRuleJson(
      String id, String type, String name, String status, Conditions conditions, Actions actions) {
    /** The rule's condition: one Okta expression. */
    record Conditions(Expression expression) {}

    /** An Okta expression. */
    record Expression(String value, String type) {}

    /** What a matching user gets. */
    record Actions(AssignUserToGroups assignUserToGroups) {}

    /** The groups a matching user joins. */
    record AssignUserToGroups(List<String> groupIds) {}
  }
}
