package io.oktaadapter.adapters.in.webhook;

import io.oktaadapter.application.port.in.secrets.VerifyHookSecretUseCase.HookSecretCheck;
import io.oktaadapter.domain.hook.HookKind;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Webhook adapter: the hook endpoints' gate, on the Vert.x router before RESTEasy reads a body. For
 * every POST to {@code /hooks/okta/...} the caller is authenticated first (401, nothing read), and
 * anything but {@code application/json} (wildcards, forms and multipart included) is answered 415
 * without reading, parsing or spooling the body. Inline hooks authenticated by an Okta-signed JWT
 * are verified here only when the content type is refused; JSON calls are verified by the resource,
 * so a JWT is checked once.
 */
@ApplicationScoped
class HookGate {

  private static final String EVENTS = "/hooks/okta/events";
  private static final String INLINE = "/hooks/okta/inline/";
  private static final Set<String> INLINE_TYPES =
      Set.of("token", "registration", "import", "saml", "password-import", "telephony");

  private final HookAuthenticator eventSecrets;
  private final InlineHookAuthenticator inline;
  private final HookConfig config;
  private final InlineHookConfig inlineConfig;
  private final HookMetrics metrics;

  HookGate(
      HookAuthenticator eventSecrets,
      InlineHookAuthenticator inline,
      HookConfig config,
      InlineHookConfig inlineConfig,
      HookMetrics metrics) {
    this.eventSecrets = eventSecrets;
    this.inline = inline;
    this.config = config;
    this.inlineConfig = inlineConfig;
    this.metrics = metrics;
  }

  void install(@Observes Filters filters) {
    // Above the default priority of other filters: nothing may read the body before this.
    filters.register(this::filter, 1000);
  }

  private void filter(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    String path = request.path();
    if (request.method() != HttpMethod.POST || path == null || !path.startsWith("/hooks/okta/")) {
      ctx.next();
      return;
    }
    boolean json = isJson(request.getHeader(HttpHeaders.CONTENT_TYPE));
    Supplier<HookSecretCheck> check;
    boolean fromMemory;
    boolean event = path.equals(EVENTS);
    if (event) {
      String presented = request.getHeader(config.event().authHeader());
      check = () -> eventSecrets.authenticate(HookKind.EVENT, presented);
      fromMemory = eventSecrets.answersFromMemory(HookKind.EVENT);
    } else if (path.startsWith(INLINE) && INLINE_TYPES.contains(path.substring(INLINE.length()))) {
      String key = path.substring(INLINE.length());
      if (json && inline.verifiesByJwt(key)) {
        ctx.next();
        return;
      }
      String presented = request.getHeader(inlineConfig.auth().header());
      check = () -> inline.authenticate(key, presented);
      fromMemory = inline.answersFromMemory(key);
    } else {
      ctx.next();
      return;
    }
    if (fromMemory) {
      decide(ctx, check.get(), json, event);
      return;
    }
    ctx.vertx()
        .executeBlocking(check::get, false)
        .onComplete(
            result ->
                decide(
                    ctx,
                    result.succeeded() ? result.result() : HookSecretCheck.UNAVAILABLE,
                    json,
                    event));
  }

  private void decide(RoutingContext ctx, HookSecretCheck check, boolean json, boolean event) {
    switch (check) {
      case ACCEPTED -> {
        if (json) {
          ctx.next();
        } else {
          if (event) {
            metrics.delivery("unsupported-media-type");
          }
          refuse(ctx, 415, "The body must be application/json.", "Content-Type");
        }
      }
      case REJECTED -> {
        if (event) {
          metrics.delivery("unauthenticated");
        }
        refuse(ctx, 401, "The hook's authorization header is missing or wrong.", null);
      }
      case UNAVAILABLE -> {
        if (event) {
          metrics.delivery("unavailable");
        }
        refuse(ctx, 503, "The hook secrets cannot be read at the moment; retry.", null);
      }
    }
  }

  private static void refuse(RoutingContext ctx, int status, String detail, String field) {
    // The body is never read: close the connection rather than drain what the client still sends.
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, HookProblems.MEDIA_TYPE)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(HookProblems.body(status, detail, field, ctx.request().path()));
  }

  /** Exactly {@code application/json}, with parameters (a charset) allowed; no wildcards. */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    return type.toLowerCase(Locale.ROOT).equals("application/json");
  }
}
