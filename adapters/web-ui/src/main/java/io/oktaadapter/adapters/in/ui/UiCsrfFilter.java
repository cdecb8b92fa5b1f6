package io.oktaadapter.adapters.in.ui;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Web UI: CSRF protection of {@code /ui} only (double-submit cookie). Every state-changing request
 * to {@code /ui} must be a form whose {@value UiCsrf#FIELD} field equals the {@value UiCsrf#COOKIE}
 * cookie ({@code Secure}, {@code HttpOnly}, {@code SameSite=Strict}, path {@code /ui}); anything
 * else answers 400. The REST API and the hooks are untouched: they take no cookies.
 *
 * <p>Not {@code quarkus-rest-csrf}: in Quarkus 3.33 it verifies every unsafe request of every
 * endpoint and refuses, for example, a body-less {@code POST} with a form content type to the
 * bearer API, and it cannot be limited to a path prefix (ADR 0015).
 */
class UiCsrfFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final UiCsrf csrf;

  UiCsrfFilter(UiCsrf csrf) {
    this.csrf = csrf;
  }

  @ServerRequestFilter
  @WithFormRead
  public Response check(ResteasyReactiveContainerRequestContext request) {
    if (!isUi(request)) {
      return null;
    }
    Cookie cookie = request.getCookies().get(UiCsrf.COOKIE);
    csrf.init(cookie == null ? null : cookie.getValue());
    if (SAFE.contains(request.getMethod())) {
      return null;
    }
    MediaType type = request.getMediaType();
    boolean form =
        type != null
            && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    if (csrf.fresh() || !form) {
      return refused();
    }
    ResteasyReactiveRequestContext context =
        (ResteasyReactiveRequestContext) request.getServerRequestContext();
    Object sent = context.getFormParameter(UiCsrf.FIELD, true, false);
    if (!(sent instanceof String token)
        || !MessageDigest.isEqual(
            token.getBytes(StandardCharsets.US_ASCII),
            csrf.getToken().getBytes(StandardCharsets.US_ASCII))) {
      return refused();
    }
    return null;
  }

  @ServerResponseFilter
  public void issue(ContainerRequestContext request, ContainerResponseContext response) {
    if (isUi(request) && csrf.getToken() != null && csrf.fresh()) {
      response
          .getHeaders()
          .add(
              "Set-Cookie",
              UiCsrf.COOKIE
                  + "="
                  + csrf.getToken()
                  + "; Path=/ui; Max-Age=7200; Secure; HttpOnly; SameSite=Strict");
    }
  }

  private static Response refused() {
    return Response.status(400)
        .type(MediaType.TEXT_PLAIN_TYPE)
        .entity("The form's CSRF token is missing or wrong: reload the page and try again.")
        .build();
  }

  private static boolean isUi(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    return path.equals("/ui") || path.startsWith("/ui/");
  }
}
