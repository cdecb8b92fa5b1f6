package io.oktaadapter.adapters.in.webhook;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Webhook adapter, benchmarks only: answers a fixed JSON body the size of a token-hook answer,
 * through the same HTTP stack and on the I/O thread as the token hook, as the baseline of
 * bench/inline-hooks. Answers 404 unless {@code okta-adapter.inline-hooks.bench-baseline} is set.
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
      return Response.status(404).build();
    }
    return Response.ok(BODY, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
