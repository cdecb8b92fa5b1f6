package io.oktaadapter.bootstrap.e2e;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import java.util.Set;

/** Test helper: real signed bearer tokens for the operator roles and for customers. */
final class Tokens {

  private static final String AUDIENCE = "https://server.example.com";

  private Tokens() {}

  static String bearer(String user, String... roles) {
    return "Bearer " + OidcWiremockTestResource.getAccessToken(user, Set.of(roles));
  }

  /** A customer's token: the {@code tenant} claim names their tenant; groups as given. */
  static String customer(String user, String tenant, String... groups) {
    return "Bearer "
        + OidcWiremockTestResource.generateJwtToken(
            user,
            Set.of(groups),
            user + "-sub",
            "Bearer",
            Set.of(AUDIENCE),
            Map.of("tenant", tenant));
  }
}
