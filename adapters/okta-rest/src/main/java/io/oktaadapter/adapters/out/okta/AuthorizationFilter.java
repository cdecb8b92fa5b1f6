package io.oktaadapter.adapters.out.okta;

import jakarta.inject.Singleton;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Okta REST adapter: adds the adapter's Okta credentials to every Management API request. */
@Singleton
class AuthorizationFilter implements ClientRequestFilter {

  private final OktaAuthorization authorization;

  AuthorizationFilter(OktaAuthorization authorization) {
    this.authorization = authorization;
  }

  @Override
  public void filter(ClientRequestContext request) {
    request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, authorization.header());
  }
}
