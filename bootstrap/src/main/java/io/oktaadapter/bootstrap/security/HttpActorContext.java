package io.oktaadapter.bootstrap.security;

import io.oktaadapter.application.port.out.security.ActorContext;
import io.oktaadapter.application.security.ActingScope;
import io.oktaadapter.application.security.Actor;
import io.oktaadapter.application.security.Role;
import io.oktaadapter.domain.tenant.TenantKey;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Security adapter: the acting principal. An {@link ActingScope} opened on this thread wins (Kafka
 * commands); else the signed-in identity of the current HTTP request (REST API, web UI); else the
 * adapter itself (scheduled work, job runners).
 */
@ApplicationScoped
class HttpActorContext implements ActorContext {

  static final String REQUEST_ID_HEADER = "X-Request-Id";
  private static final String REQUEST_ID_KEY = "okta-adapter.request-id";
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,200}");
  private static final Actor SYSTEM = Actor.system("okta-adapter");

  private final CurrentIdentityAssociation identities;
  private final CurrentVertxRequest requests;
  private final SecurityConfig config;

  HttpActorContext(
      CurrentIdentityAssociation identities, CurrentVertxRequest requests, SecurityConfig config) {
    this.identities = identities;
    this.requests = requests;
    this.config = config;
  }

  @Override
  public Actor actor() {
    Optional<ActingScope.Acting> scope = ActingScope.current();
    if (scope.isPresent()) {
      return scope.get().actor();
    }
    if (currentRequest().isEmpty()) {
      return SYSTEM;
    }
    return of(identities.getIdentity());
  }

  @Override
  public Optional<String> requestId() {
    Optional<ActingScope.Acting> scope = ActingScope.current();
    if (scope.isPresent()) {
      return scope.get().requestId();
    }
    return currentRequest().map(HttpActorContext::requestIdOf);
  }

  /** The request id of an HTTP request: its valid {@code X-Request-Id}, else a new one. */
  static String requestIdOf(RoutingContext rc) {
    String known = rc.get(REQUEST_ID_KEY);
    if (known != null) {
      return known;
    }
    String header = rc.request().getHeader(REQUEST_ID_HEADER);
    String id =
        header != null && SAFE_ID.matcher(header).matches() ? header : UUID.randomUUID().toString();
    rc.put(REQUEST_ID_KEY, id);
    return id;
  }

  private Actor of(SecurityIdentity identity) {
    if (identity == null || identity.isAnonymous()) {
      return config.anonymousOperator()
          ? Actor.user("anonymous", EnumSet.allOf(Role.class))
          : Actor.user("anonymous", Set.of());
    }
    String name = identity.getPrincipal().getName();
    String tenant = identity.getAttribute(OperatorRolesAugmentor.TENANT_ATTRIBUTE);
    if (tenant != null) {
      return Actor.customer(name, TenantKey.of(tenant));
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    identity.getRoles().forEach(r -> Role.ofName(r).ifPresent(roles::add));
    return Actor.user(name, roles);
  }

  private Optional<RoutingContext> currentRequest() {
    if (!Arc.container().requestContext().isActive()) {
      return Optional.empty();
    }
    return Optional.ofNullable(requests.getCurrent());
  }
}
