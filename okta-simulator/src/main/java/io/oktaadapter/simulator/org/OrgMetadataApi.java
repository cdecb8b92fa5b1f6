package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.BaseUrl;
import io.oktaadapter.simulator.http.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Simulator endpoint {@code GET /.well-known/okta-organization}: the org's public metadata (id,
 * pipeline, settings, links to the org URL). Public, as at Okta: no token, no rate limit.
 */
public final class OrgMetadataApi {
  private final ApiKit kit;
  private final String orgId = OktaIds.next("00o");

  public OrgMetadataApi(ApiKit kit) {
    this.kit = kit;
  }

  public void register(Router router) {
    router.get("/.well-known/okta-organization").handler(this::metadata);
  }

  private void metadata(RoutingContext ctx) {
    String url = BaseUrl.of(ctx);
    ObjectNode body = Json.object();
    body.put("id", orgId);
    body.put("pipeline", "idx");
    body.putObject("settings")
        .put("analyticsCollectionEnabled", false)
        .put("bugReportingEnabled", true)
        .put("omEnabled", false);
    ObjectNode links = body.putObject("_links");
    ApiKit.link(links, "alternate", url);
    ApiKit.link(links, "organization", url);
    kit.respond.json(ctx, 200, body);
  }
}
