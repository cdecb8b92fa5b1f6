package io.oktaadapter.adapters.in.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Webhook adapter configuration of the inline hooks ({@code /hooks/okta/inline/*}). */
@ConfigMapping(prefix = "okta-adapter.inline-hooks")
public interface InlineHookConfig {

  /**
   * Internal deadline: a decision not made by then is answered with the type's safe outcome. Okta
   * waits 3 s, so this leaves room for the network.
   */
  @WithDefault("2s")
  Duration deadline();

  /**
   * How much longer than the deadline a decision that is already committing its effect (a queued
   * OTP) is waited for, so that Okta is not told "failed" about something that was done. The
   * deadline plus this grace must stay below Okta's 3 s.
   */
  @WithDefault("500ms")
  Duration commitGrace();

  /** Threads that make decisions under the deadline. */
  @WithDefault("32")
  int workerThreads();

  /** Largest request body accepted, in bytes. */
  @WithDefault("262144")
  int maxBodyBytes();

  /** Authentication of the inline hooks. */
  Auth auth();

  /**
   * Safe outcome per hook type when the deadline passes or a dependency fails; keys {@code token},
   * {@code registration}, {@code import}, {@code saml}, {@code password-import}, {@code telephony}.
   * Values: {@code unchanged} (token, saml: the original token; import: Okta's own proposal),
   * {@code error} (token, saml, telephony: an error object, for telephony Okta then uses its own
   * providers), {@code deny}/{@code allow} (registration), {@code unverified} (password import).
   * Defaults: token unchanged, registration deny, import unchanged, saml unchanged, password-import
   * unverified, telephony error.
   */
  Map<String, String> safeOutcome();

  /** Token and SAML claims. */
  Claims claims();

  /** Registration. */
  Registration registration();

  /** Telephony. */
  Telephony telephony();

  /**
   * Serves {@code POST /hooks/okta/inline/baseline}, a fixed JSON body of a token-hook answer's
   * size, as the HTTP stack's own limit in benchmarks. Never enable in production.
   */
  @WithDefault("false")
  boolean benchBaseline();

  /** Authentication settings. */
  interface Auth {
    /** Default method for every hook type: {@code header} (shared secret) or {@code oauth}. */
    @WithDefault("header")
    String mode();

    /** Method per hook type (same keys as safe-outcome), overriding {@link #mode()}. */
    Map<String, String> modes();

    /** Header carrying the shared secret (channel.config.authScheme.key). */
    @WithDefault("Authorization")
    String header();

    /** OAuth 2.0: the JWT Okta sends as a bearer token. */
    Jwt jwt();
  }

  /** JWT validation settings. */
  interface Jwt {
    /** Expected {@code iss}: the Okta authorization server that issues the hook tokens. */
    Optional<String> issuer();

    /** Expected {@code aud}. */
    Optional<String> audience();

    /** Scope the token must carry, if any. */
    Optional<String> requiredScope();

    /** Where the signing keys are published; fetched in the background, never per call. */
    Optional<String> jwksUrl();

    /** A JWKS document given directly (tests, air-gapped setups); wins over the URL. */
    Optional<String> jwks();

    /** How often the key set is fetched again. */
    @WithDefault("10m")
    Duration jwksRefresh();

    /** Clock skew allowed on exp and nbf. */
    @WithDefault("30s")
    Duration clockSkew();
  }

  /** Claim and attribute names. */
  interface Claims {
    /** Claim holding the tenant key in ID and access tokens, and the SAML attribute name. */
    @WithDefault("tenant")
    String tenant();

    /** Claim holding the user's role in the tenant. */
    @WithDefault("tenant_role")
    String role();

    /** Okta user profile attribute holding the tenant key (read by the tenant's group rule). */
    @WithDefault("tenant")
    String profileAttribute();
  }

  /** Registration settings. */
  interface Registration {
    /** Shown to a person whose e-mail domain no tenant accepts. */
    @WithDefault("Sign-up is not open for this e-mail address. Please contact your administrator.")
    String denyMessage();
  }

  /** Telephony settings. */
  interface Telephony {
    /**
     * Whether a messaging service consumes okta-adapter.telephony-requests; when false the hook
     * answers so that Okta uses its own providers.
     */
    @WithDefault("false")
    boolean enabled();

    /** Provider name reported to Okta in the telephony action. */
    @WithDefault("okta-adapter")
    String provider();
  }
}
