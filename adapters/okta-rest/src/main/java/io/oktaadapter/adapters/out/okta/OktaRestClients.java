package io.oktaadapter.adapters.out.okta;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * Okta REST adapter: builds the typed REST clients from {@link OktaConfig}, so that the org URL and
 * timeouts live under one typed prefix, and registers the authorization, rate-limit and error
 * providers on every Management API client (not on the token endpoint's).
 */
@Dependent
class OktaRestClients {

  private final OktaConfig config;
  private final AuthorizationFilter authorization;
  private final RateLimitFilter rateLimits;
  private final OktaErrorMapper errors;

  OktaRestClients(
      OktaConfig config,
      AuthorizationFilter authorization,
      RateLimitFilter rateLimits,
      OktaErrorMapper errors) {
    this.config = config;
    this.authorization = authorization;
    this.rateLimits = rateLimits;
    this.errors = errors;
  }

  @Produces
  @Singleton
  GroupsApi groups() {
    return managementApi(GroupsApi.class);
  }

  @Produces
  @Singleton
  AppsApi apps() {
    return managementApi(AppsApi.class);
  }

  @Produces
  @Singleton
  TrustedOriginsApi trustedOrigins() {
    return managementApi(TrustedOriginsApi.class);
  }

  @Produces
  @Singleton
  PoliciesApi policies() {
    return managementApi(PoliciesApi.class);
  }

  @Produces
  @Singleton
  UsersApi users() {
    return managementApi(UsersApi.class);
  }

  @Produces
  @Singleton
  HooksApi hooks() {
    return managementApi(HooksApi.class);
  }

  @Produces
  @Singleton
  OktaPages.NextPageApi nextPages() {
    return managementApi(OktaPages.NextPageApi.class);
  }

  private <T> T managementApi(Class<T> api) {
    return builder().register(authorization).register(rateLimits).register(errors).build(api);
  }

  /** The token endpoint's client: no Management API providers (it has its own auth). */
  static OktaTokenApi tokenApi(OktaConfig config) {
    return base(config).build(OktaTokenApi.class);
  }

  private QuarkusRestClientBuilder builder() {
    return base(config);
  }

  private static QuarkusRestClientBuilder base(OktaConfig config) {
    return QuarkusRestClientBuilder.newBuilder()
        .baseUri(URI.create(config.orgUrl()))
        .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
  }
}
