package io.oktaadapter.adapters.in.ui;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Web UI: security headers on every page (a strict Content-Security-Policy: scripts, styles and
 * images from this origin only, no inline code, no framing), and error pages instead of the API's
 * problem documents for {@code /ui} requests.
 */
class UiResponses {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  private final UiSupport ui;

  UiResponses(UiSupport ui) {
    this.ui = ui;
  }

  @ServerResponseFilter
  public void headers(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getPath();
    if (!path.equals("/ui") && !path.startsWith("/ui/")) {
      return;
    }
    var headers = response.getHeaders();
    headers.putSingle("Content-Security-Policy", CSP);
    headers.putSingle("X-Content-Type-Options", "nosniff");
    headers.putSingle("X-Frame-Options", "DENY");
    headers.putSingle("Referrer-Policy", "same-origin");
    if (!path.endsWith(".css")) {
      headers.putSingle("Cache-Control", "no-store");
    }
  }

  @ServerExceptionMapper
  public Response refused(UiException e) {
    return page(e.status(), e.status() == 404 ? "Not found." : "Not allowed: " + e.getMessage());
  }

  private Response page(int status, String message) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE)
        .entity(Pages.error(ui.chrome(), status, message))
        .build();
  }
}
