package io.oktaadapter.bootstrap.security;

import io.oktaadapter.application.security.Role;
import io.oktaadapter.domain.tenant.TenantKey;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Security adapter: turns the identity provider's claim values into the adapter's roles, for the
 * REST API and the web UI alike. The identity keeps only the mapped roles ({@code viewer}, {@code
 * support}, {@code admin}); a token with the tenant claim gets only {@code customer} and the tenant
 * as attribute {@link #TENANT_ATTRIBUTE}.
 */
@ApplicationScoped
class OperatorRolesAugmentor implements SecurityIdentityAugmentor {

  /** Identity attribute holding the customer's tenant key. */
  static final String TENANT_ATTRIBUTE = "okta-adapter.tenant";

  /** The role every customer identity has, and only it. */
  static final String CUSTOMER_ROLE = "customer";

  private final SecurityConfig config;

  OperatorRolesAugmentor(SecurityConfig config) {
    this.config = config;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()) {
      return Uni.createFrom().item(identity);
    }
    QuarkusSecurityIdentity.Builder builder =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(identity.getPrincipal())
            .setAnonymous(false)
            .addCredentials(identity.getCredentials())
            .addAttributes(identity.getAttributes())
            .addPermissionChecker(identity::checkPermission);
    Optional<String> tenantClaim = tenantClaim(identity);
    if (tenantClaim.isPresent()) {
      // A malformed tenant claim grants nothing at all rather than guessing a tenant.
      validTenant(tenantClaim.get())
          .ifPresent(t -> builder.addRole(CUSTOMER_ROLE).addAttribute(TENANT_ATTRIBUTE, t));
    } else {
      builder.addRoles(operatorRoles(identity.getRoles()));
    }
    return Uni.createFrom().item(builder.build());
  }

  Set<String> operatorRoles(Set<String> claimValues) {
    Set<String> roles = new TreeSet<>();
    for (String value : claimValues) {
      if (config.roleNamesAsIs()) {
        Role.ofName(value).ifPresent(r -> roles.add(r.roleName()));
      }
      config.roleMapping().getOrDefault(value, java.util.List.of()).stream()
          .map(String::trim)
          .flatMap(name -> Role.ofName(name).stream())
          .forEach(r -> roles.add(r.roleName()));
    }
    return roles;
  }

  private Optional<String> tenantClaim(SecurityIdentity identity) {
    if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
      return Optional.empty();
    }
    Object value = jwt.getClaim(config.tenantClaim());
    if (value == null) {
      return Optional.empty();
    }
    String text =
        value instanceof jakarta.json.JsonString s ? s.getString() : String.valueOf(value);
    return Optional.of(text.trim());
  }

  private static Optional<String> validTenant(String raw) {
    try {
      return Optional.of(TenantKey.of(raw).value());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
