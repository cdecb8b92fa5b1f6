package io.oktaadapter.bootstrap.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP adapter: the request limits, answered as RFC 9457 problem details on the Vert.x router,
 * before any body is read: a request target longer than {@code okta-adapter.http.max-uri-length}
 * (414), headers larger than {@code okta-adapter.http.max-header-bytes} (431), a declared body
 * larger than {@code quarkus.http.limits.max-body-size} (413) or a Content-Length that is not a
 * number (400). Vert.x's own decoder limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code max-header-size}) are set well above these, so that a request over the limit reaches this
 * handler instead of being refused by the decoder with an empty body (ADR 0008).
 */
@ApplicationScoped
class HttpLimits {

  private static final String BASE = "https://okta-adapter.io/problems/";
  private static final Map<Integer, String[]> PROBLEMS =
      Map.of(
          400, new String[] {"invalid-input", "Invalid input"},
          413, new String[] {"payload-too-large", "Payload too large"},
          415, new String[] {"unsupported-media-type", "Unsupported media type"},
          414, new String[] {"uri-too-long", "URI too long"},
          431, new String[] {"headers-too-large", "Request header fields too large"});

  private final int maxUriLength;
  private final int maxHeaderBytes;
  private final long maxBodyBytes;

  HttpLimits(
      HttpLimitsConfig config,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
          MemorySize maxBody) {
    this.maxUriLength = config.maxUriLength();
    this.maxHeaderBytes = config.maxHeaderBytes();
    this.maxBodyBytes = maxBody.asLongValue();
  }

  void install(@Observes Router router) {
    // Before the request ids (-200), the body-size check of Quarkus (-2) and every resource.
    router.route().order(-300).handler(this::check);
  }

  private void check(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    if (request.uri().length() > maxUriLength) {
      refuse(rc, 414, "The request target is longer than " + maxUriLength + " characters.", null);
      return;
    }
    if (headerBytes(request.headers()) > maxHeaderBytes) {
      refuse(rc, 431, "The request headers are larger than " + maxHeaderBytes + " bytes.", null);
      return;
    }
    if (rc.normalizedPath().startsWith("/api/") && sendsNonJsonBody(request)) {
      // Never parsed or spooled: RESTEasy would read a form or multipart body before the resource.
      refuse(rc, 415, "The request body must be application/json.", "Content-Type");
      return;
    }
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        refuse(rc, 400, "Content-Length must be a number of bytes.", "Content-Length");
        return;
      }
      if (declared > maxBodyBytes) {
        refuse(rc, 413, "The request body is larger than " + maxBodyBytes + " bytes.", null);
        return;
      }
    }
    rc.next();
  }

  /**
   * A body that is not JSON (forms and multipart included, which RESTEasy would parse). A body-less
   * POST with a client's default content type (Content-Length 0) is not refused.
   */
  private static boolean sendsNonJsonBody(HttpServerRequest request) {
    String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
    if (type == null) {
      return false;
    }
    int semicolon = type.indexOf(';');
    String bare =
        (semicolon < 0 ? type : type.substring(0, semicolon))
            .strip()
            .toLowerCase(java.util.Locale.ROOT);
    if (bare.equals("application/json")) {
      return false;
    }
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
        || (length != null && !length.strip().equals("0"));
  }

  private static long headerBytes(MultiMap headers) {
    long total = 0;
    for (Map.Entry<String, String> h : headers) {
      total += h.getKey().length() + h.getValue().length() + 4;
    }
    return total;
  }

  private static void refuse(RoutingContext rc, int status, String detail, String field) {
    String[] problem = PROBLEMS.get(status);
    JsonObject body =
        new JsonObject()
            .put("type", BASE + problem[0])
            .put("title", problem[1])
            .put("status", status)
            .put("detail", detail);
    if (field != null) {
      body.put(
          "errors",
          new JsonArray().add(new JsonObject().put("field", field).put("message", detail)));
    }
    rc.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(body.encode());
  }
}
