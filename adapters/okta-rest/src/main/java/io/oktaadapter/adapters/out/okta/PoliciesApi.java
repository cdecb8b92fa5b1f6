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

/** Okta REST adapter: Okta's policies endpoints (sign-on policies and their rules). */
@Path("/api/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface PoliciesApi {

  @POST
  PolicyJson create(PolicyJson policy);

  @GET
  Response list(@QueryParam("type") String type, @QueryParam("limit") int limit);

  @DELETE
  @Path("{id}")
  void delete(@PathParam("id") String id);

  @POST
  @Path("{id}/rules")
  PolicyRuleJson createRule(@PathParam("id") String id, PolicyRuleJson rule);

  @GET
  @Path("{id}/rules")
  List<PolicyRuleJson> rules(@PathParam("id") String id);

  @PUT
  @Path("{id}/rules/{ruleId}")
  PolicyRuleJson updateRule(
      @PathParam("id") String id, @PathParam("ruleId") String ruleId, PolicyRuleJson rule);

  /** Okta's policy object, as far as the adapter reads and writes it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PolicyJson(
      String id,
      String type,
      String name,
      String description,
      String status,
      Conditions conditions) {
    /** Whom the policy applies to. */
    record Conditions(People people) {}

    /** The people condition. */
    record People(Groups groups) {}

    /** The groups whose members the policy applies to. */
    record Groups(List<String> include) {}
  }

  /** Okta's sign-on policy rule object. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PolicyRuleJson(String id, String type, String name, String status, Actions actions) {
    /** What the rule decides. */
    record Actions(Signon signon) {}

    /** The sign-on decision: allowed, and whether with a second factor. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Signon(String access, Boolean requireFactor, String factorPromptMode) {}
  }
}
