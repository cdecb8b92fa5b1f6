package io.oktaadapter.bootstrap.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;

/**
 * Bootstrap configuration: how operator and customer identities are read from tokens (ADR 0014).
 * The claim holding groups or roles is Quarkus' {@code quarkus.oidc.roles.role-claim-path}.
 */
@ConfigMapping(prefix = "okta-adapter.security")
public interface SecurityConfig {

  /**
   * Claim values (e.g. Okta group names) and the roles they grant, e.g. {@code
   * okta-adapter.security.role-mapping."okta-adapter-admins"=admin}.
   */
  Map<String, List<String>> roleMapping();

  /**
   * Whether the claim values {@code viewer}, {@code support} and {@code admin} grant themselves.
   */
  @WithDefault("true")
  boolean roleNamesAsIs();

  /**
   * Name of the claim that makes the caller a customer of exactly that tenant (the tenant key). A
   * token carrying it gets no operator role, whatever its groups say.
   */
  @WithDefault("tenant")
  String tenantClaim();

  /**
   * Development only: HTTP callers without a token act as an operator with every role (the dev
   * profile leaves the API open until the local run starts an identity provider).
   */
  @WithDefault("false")
  boolean anonymousOperator();
}
