package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.application.port.out.okta.OktaApiCredentials;
import io.oktaadapter.application.port.out.okta.OktaApiCredentials.ApiToken;
import io.oktaadapter.application.port.out.okta.OktaApiCredentials.ServiceAppKey;
import io.oktaadapter.application.port.out.okta.OktaFailure;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Okta REST adapter: the {@code Authorization} header value for Management API calls, either {@code
 * SSWS <api token>} or {@code Bearer <access token>} from the client-credentials flow, the access
 * token cached until shortly before it expires.
 */
@Singleton
class OktaAuthorization {

  private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);

  private final OktaApiCredentials credentials;
  private final OktaTokenApi tokenApi;
  private final ClientAssertions assertions;
  private final Clock clock;
  private CachedToken cached;

  @Inject
  OktaAuthorization(
      OktaApiCredentials credentials, ClientAssertions assertions, OktaConfig config) {
    this(credentials, OktaRestClients.tokenApi(config), assertions, Clock.systemUTC());
  }

  OktaAuthorization(
      OktaApiCredentials credentials,
      OktaTokenApi tokenApi,
      ClientAssertions assertions,
      Clock clock) {
    this.credentials = credentials;
    this.tokenApi = tokenApi;
    this.assertions = assertions;
    this.clock = clock;
  }

  /** The header value; may call the token endpoint, so callers warm it before a request. */
  String header() {
    OktaApiCredentials.Credential credential = credentials.current();
    if (credential instanceof ApiToken token) {
      return "SSWS " + token.token();
    }
    return "Bearer " + accessToken((ServiceAppKey) credential);
  }

  private synchronized String accessToken(ServiceAppKey key) {
    Instant now = clock.instant();
    if (cached != null
        && cached.clientId().equals(key.clientId())
        && now.isBefore(cached.expiresAt().minus(EXPIRY_MARGIN))) {
      return cached.value();
    }
    try {
      OktaTokenApi.TokenResponse response =
          tokenApi.token(
              "client_credentials",
              String.join(" ", key.scopes()),
              OktaTokenApi.CLIENT_ASSERTION_TYPE,
              assertions.sign(key, now));
      cached =
          new CachedToken(
              key.clientId(), response.accessToken(), now.plusSeconds(response.expiresIn()));
      return cached.value();
    } catch (WebApplicationException e) {
      throw new OktaFailure.Unauthorized(
          "Okta's token endpoint refused the service app (" + e.getResponse().getStatus() + ")",
          null,
          null);
    } catch (ProcessingException e) {
      throw new OktaFailure.Transient("Okta's token endpoint did not answer", null, null);
    }
  }

  private record CachedToken(String clientId, String value, Instant expiresAt) {}
}
