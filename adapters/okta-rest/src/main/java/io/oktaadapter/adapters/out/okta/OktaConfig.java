package io.oktaadapter.adapters.out.okta;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Okta REST adapter configuration: which org, how to authenticate, and how much of Okta's rate
 * limits the adapter may use. The REST clients are built from it ({@link OktaRestClients}), so no
 * {@code quarkus.rest-client.*} keys are needed.
 */
@ConfigMapping(prefix = "okta-adapter.okta")
public interface OktaConfig {

  /** The Okta org's base URL, e.g. {@code https://acme.okta.com} (no path). */
  String orgUrl();

  /** How the adapter authenticates to the Management API. */
  @WithDefault("api-token")
  AuthMode authMode();

  /** The API token for {@code Authorization: SSWS ...}; required when auth-mode is api-token. */
  Optional<String> apiToken();

  /** OAuth 2.0 service app settings; used when auth-mode is private-key-jwt. */
  ServiceApp serviceApp();

  /** Rate-limit governor settings. */
  RateLimit rateLimit();

  /** How long to wait for a TCP connection to Okta. */
  @WithDefault("5s")
  Duration connectTimeout();

  /** How long to wait for Okta's answer to one request. */
  @WithDefault("15s")
  Duration readTimeout();

  /** How often a call that is safe to repeat is retried after a 5xx or timeout. */
  @WithDefault("2")
  int retries();

  /** Page size asked for on list calls; Okta caps it per endpoint. */
  @WithDefault("200")
  int pageSize();

  /**
   * The URI prefix of the adapter's own hook endpoints as Okta calls them, e.g. {@code
   * https://okta-adapter.example.com/hooks/okta/}. A hook secret rotation updates only the org's
   * hooks whose URI starts with it; when absent, the hooks whose URI contains {@code /hooks/okta/}.
   */
  Optional<String> hookUriPrefix();

  /** Authentication modes. */
  enum AuthMode {
    /** {@code Authorization: SSWS <api token>}. */
    API_TOKEN,
    /** OAuth 2.0 client credentials with a {@code private_key_jwt} client assertion. */
    PRIVATE_KEY_JWT
  }

  /** An Okta OAuth 2.0 service app that signs its client assertions with a private key. */
  interface ServiceApp {
    /** The service app's client id. */
    Optional<String> clientId();

    /** The service app's RSA private key, PKCS#8 PEM. */
    Optional<String> privateKey();

    /** The key id ({@code kid}) Okta knows the matching public key by. */
    Optional<String> keyId();

    /** The OAuth scopes the adapter asks for. */
    @WithDefault(
        "okta.groups.manage,okta.apps.manage,okta.users.manage,okta.trustedOrigins.manage,"
            + "okta.policies.manage,okta.eventHooks.manage,okta.inlineHooks.manage")
    List<String> scopes();
  }

  /** How the adapter shares Okta's rate limits with the org's other clients. */
  interface RateLimit {
    /** The share of each per-minute bucket the adapter may use, in (0, 1]. */
    @WithDefault("0.5")
    double share();

    /** The most requests the adapter has in flight to Okta at once (Okta limits it per org). */
    @WithDefault("10")
    int maxConcurrency();

    /** How long a call may wait in total for rate-limit windows to reset before it fails. */
    @WithDefault("2m")
    Duration maxWait();

    /** How long a bucket pauses after a 429 for exceeding Okta's concurrent-request limit. */
    @WithDefault("1s")
    Duration concurrencyBackoff();

    /**
     * How much faster the server's clock runs than real time. Always 1 against Okta; only the Okta
     * simulator compresses its rate-limit minute.
     */
    @WithDefault("1")
    double timeScale();
  }
}
