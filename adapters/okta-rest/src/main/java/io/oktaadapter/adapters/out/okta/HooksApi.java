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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Okta REST adapter: Okta's event hook and inline hook endpoints. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface HooksApi {

  @POST
  @Path("eventHooks")
  HookJson createEventHook(HookJson hook);

  @GET
  @Path("eventHooks")
  Response eventHooks();

  @GET
  @Path("eventHooks/{id}")
  HookJson eventHook(@PathParam("id") String id);

  @PUT
  @Path("eventHooks/{id}")
  HookJson updateEventHook(@PathParam("id") String id, HookJson hook);

  @DELETE
  @Path("eventHooks/{id}")
  Response deleteEventHook(@PathParam("id") String id);

  @POST
  @Path("eventHooks/{id}/lifecycle/{operation}")
  HookJson eventHookLifecycle(@PathParam("id") String id, @PathParam("operation") String op);

  @POST
  @Path("inlineHooks")
  HookJson createInlineHook(HookJson hook);

  @GET
  @Path("inlineHooks")
  Response inlineHooks();

  @GET
  @Path("inlineHooks/{id}")
  HookJson inlineHook(@PathParam("id") String id);

  @PUT
  @Path("inlineHooks/{id}")
  HookJson updateInlineHook(@PathParam("id") String id, HookJson hook);

  @POST
  @Path("inlineHooks/{id}/lifecycle/{operation}")
  HookJson inlineHookLifecycle(@PathParam("id") String id, @PathParam("operation") String op);

  /**
   * Okta's event hook or inline hook object; {@code events} is set for event hooks, {@code type}
   * and {@code version} for inline hooks.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record HookJson(
      String id,
      String name,
      String type,
      String version,
      String status,
      String verificationStatus,
      Events events,
      Channel channel) {

    /** The System Log event types an event hook receives. */
    record Events(String type, List<String> items) {}

    /** How Okta calls the hook. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Channel(String type, String version, Config config) {}

    /** Where Okta calls the hook and with which header. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Config(String uri, String method, AuthScheme authScheme) {}

    /** The header Okta adds to each call; Okta never returns its value. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AuthScheme(String type, String key, String value) {
      @Override
      public String toString() {
        return "AuthScheme[type=" + type + ", key=" + key + ", value=***]";
      }
    }
  }
}
