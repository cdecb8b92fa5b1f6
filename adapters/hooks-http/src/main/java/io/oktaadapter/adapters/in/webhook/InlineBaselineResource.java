package io.oktaadapter.adapters.in.webhook;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Webhook adapter, benchmarks only: fixed answers through the same HTTP stack and on the I/O thread
 * as the hooks. {@code POST .../baseline} answers a JSON body the size of a token-hook answer (the
 * baseline of bench/inline-hooks); {@code POST .../baseline/empty} reads the body and answers 200
 * with no body, as the event hook does (bench/event-hooks measures the HTTP stack's own rate with
 * it). Both answer 404 unless {@code okta-adapter.inline-hooks.bench-baseline} is set.
 */
@Path("/hooks/okta/inline/baseline")
class InlineBaselineResource {

  static final String BODY =
      "{\"commands\":[{\"type\":\"com.okta.identity.patch\",\"value\":[{\"op\":\"add\",\"path\":"
          + "\"/claims/tenant\",\"value\":\"acme\"},{\"op\":\"add\",\"path\":\"/claims/tenant_role\","
          + "\"value\":\"member\"}]},{\"type\":\"com.okta.access.patch\",\"value\":[{\"op\":\"add\","
          + "\"path\":\"/claims/tenant\",\"value\":\"acme\"},{\"op\":\"add\",\"path\":"
          + "\"/claims/tenant_role\",\"value\":\"member\"}]}]}";

  private final InlineHookConfig config;

  InlineBaselineResource(InlineHookConfig config) {
    this.config = config;
  }

  @POST
  @NonBlocking
  @Consumes(MediaType.WILDCARD)
  public Response answer(byte[] body) {
    if (!config.benchBaseline()) {
      return notServed();
    }
    return Response.ok(BODY, MediaType.APPLICATION_JSON_TYPE).build();
  }

  @POST
  @Path("empty")
  @NonBlocking
  @Consumes(MediaType.WILDCARD)
  public Response empty(byte[] body) {
    return config.benchBaseline() ? Response.ok().build() : notServed();
  }

  private static Response notServed() {
    return HookProblems.response(404, "Nothing is served at this path.", null, null);
  }
}
