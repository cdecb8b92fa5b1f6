package io.oktaadapter.application.port.out.okta;

import io.oktaadapter.domain.okta.OktaId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Outbound port for Okta trusted origins: the web origins Okta allows for CORS requests and for
 * redirects after sign-in and sign-out.
 */
public interface OktaTrustedOrigins {

  TrustedOrigin create(TrustedOriginDetails details);

  /** The trusted origin whose name is exactly {@code name}, if there is one. */
  Optional<TrustedOrigin> findByName(String name);

  /** Deletes the trusted origin; deleting one that is already gone is not an error. */
  void delete(OktaId id);

  /** Gives the origin this name, origin URL and scopes (e.g. repairing a change made by hand). */
  TrustedOrigin update(OktaId id, TrustedOriginDetails details);

  /** What Okta trusts an origin for. */
  enum Scope {
    CORS,
    REDIRECT
  }

  /** What the adapter sets on a trusted origin, e.g. {@code https://acme.example.com}. */
  record TrustedOriginDetails(String name, String origin, Set<Scope> scopes) {
    public TrustedOriginDetails {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(origin, "origin");
      scopes = Set.copyOf(scopes);
      if (scopes.isEmpty()) {
        throw new IllegalArgumentException("a trusted origin needs at least one scope");
      }
    }
  }

  /** A trusted origin as Okta holds it. */
  record TrustedOrigin(OktaId id, String name, String origin, Set<Scope> scopes) {
    public TrustedOrigin {
      Objects.requireNonNull(id, "id");
      scopes = Set.copyOf(scopes);
    }
  }
}
