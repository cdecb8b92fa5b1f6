package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.OktaErrors;
import io.vertx.ext.web.Router;

/** Simulator lifecycle endpoints: {@code .../lifecycle/activate|deactivate} status switches. */
public final class Lifecycle {
  private final ApiKit kit;

  public Lifecycle(ApiKit kit) {
    this.kit = kit;
  }

  /**
   * Registers activate and deactivate under {@code basePath + "/:id/lifecycle/"}.
   *
   * @param answerWithBody whether Okta answers 200 with the resource (else 204 empty)
   */
  public void register(
      Router router, String basePath, ResourceStore store, boolean answerWithBody) {
    for (String action : new String[] {"activate", "deactivate"}) {
      String status = action.equals("activate") ? "ACTIVE" : "INACTIVE";
      router
          .post(basePath + "/:id/lifecycle/" + action)
          .handler(
              ctx -> {
                ObjectNode resource = setStatus(store, ctx.pathParam("id"), status);
                if (answerWithBody) {
                  kit.respond.json(ctx, 200, resource);
                } else {
                  kit.respond.empty(ctx, 204);
                }
              });
    }
  }

  public ObjectNode setStatus(ResourceStore store, String id, String status) {
    synchronized (store) {
      ObjectNode resource = store.require(id);
      resource.put("status", status);
      resource.put("lastUpdated", kit.now());
      store.replace(resource);
      return resource;
    }
  }

  /** Okta deletes some resources only once they are deactivated. */
  public static void requireInactive(ObjectNode resource, String what) {
    if ("ACTIVE".equals(resource.path("status").asText())) {
      throw OktaErrors.notInactive(what);
    }
  }
}
