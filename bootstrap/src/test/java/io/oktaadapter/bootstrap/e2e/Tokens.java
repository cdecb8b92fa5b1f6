package io.oktaadapter.bootstrap.e2e;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;

/** Test helper: real signed bearer tokens for the operator roles. */
final class Tokens {

  private Tokens() {}

  static String bearer(String user, String... roles) {
    return "Bearer " + OidcWiremockTestResource.getAccessToken(user, Set.of(roles));
  }
}
