package io.oktaadapter.bootstrap.security;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * HTTP adapter: every operator request (API and UI) gets a request id, the caller's valid {@code
 * X-Request-Id} or a new one, echoed in the response so that it can be found in the audit log.
 */
@ApplicationScoped
class RequestIds {

  void install(@Observes Router router) {
    // Before the application's routes (negative order), so the id exists when a use case runs.
    router
        .route()
        .order(-200)
        .handler(
            rc -> {
              String path = rc.normalizedPath();
              if (path.startsWith("/api/") || path.startsWith("/ui")) {
                rc.response()
                    .putHeader(
                        HttpActorContext.REQUEST_ID_HEADER, HttpActorContext.requestIdOf(rc));
              }
              rc.next();
            });
  }
}
