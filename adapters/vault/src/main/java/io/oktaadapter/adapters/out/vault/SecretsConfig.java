package io.oktaadapter.adapters.out.vault;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Configuration of the secrets adapter: which store backs the secrets port, and where. */
@ConfigMapping(prefix = "okta-adapter.secrets")
public interface SecretsConfig {

  /** The store behind the secrets port. */
  enum Backend {
    /** HashiCorp Vault's KV v2 engine; connection and login come from {@code quarkus.vault.*}. */
    VAULT,
    /** AES-GCM encrypted files on the local disk: only for the local run. */
    LOCAL
  }

  /** The store behind the secrets port: {@code vault} (default) or {@code local}. */
  @WithDefault("vault")
  Backend backend();

  /** Where in the store each kind of secret lives, relative to the backend's base path. */
  Paths paths();

  /** Settings of the Vault backend. */
  Vault vault();

  /** Settings of the local encrypted backend. */
  Local local();

  /** Settings of the hook secret cache used when verifying Okta hook calls. */
  HookCache hookCache();

  /** Paths of the well-known secrets. */
  interface Paths {

    /** The Okta management API credential (SSWS token or the service app's private key). */
    @WithDefault("okta/api-credential")
    String oktaApiCredential();

    /** Folder of the event hook secret: {@code current} and, during a rotation, {@code next}. */
    @WithDefault("hooks/event")
    String eventHook();

    /** Folder of the inline hook secret: {@code current} and, during a rotation, {@code next}. */
    @WithDefault("hooks/inline")
    String inlineHook();

    /**
     * Template of an application's OIDC client secret; {@code {tenant}} and {@code {app}} are
     * replaced by the tenant key and the application id.
     */
    @WithDefault("tenants/{tenant}/applications/{app}")
    String applicationClientSecret();
  }

  /** Settings of the Vault backend. */
  interface Vault {

    /** Mount path of the KV version 2 secrets engine. */
    @WithDefault("secret")
    String mount();

    /** Folder inside the mount under which all the adapter's secrets live. */
    @WithDefault("okta-adapter")
    String basePath();

    /** How often a failed call to an unavailable Vault is retried before giving up. */
    @WithDefault("2")
    int maxRetries();

    /** Delay before the first retry; it doubles with each further retry. */
    @WithDefault("PT0.2S")
    Duration retryDelay();

    /** Upper bound of the time spent retrying one call. */
    @WithDefault("PT3S")
    Duration retryMaxDuration();

    /** How long the readiness check waits for Vault's {@code sys/health}. */
    @WithDefault("PT2S")
    Duration healthTimeout();
  }

  /** Settings of the local encrypted backend. */
  interface Local {

    /** Folder of the encrypted secret files (keep it git-ignored). */
    @WithDefault(".local/secrets")
    String directory();

    /**
     * AES key (256 bit, Base64) that encrypts the files, normally given as the environment variable
     * {@code OKTA_ADAPTER_SECRETS_LOCAL_KEY}. Without it a key is generated once into {@code
     * secrets.key} in the directory.
     */
    Optional<String> key();

    /**
     * Development only: secrets stored when the local store is opened and the path holds none yet,
     * keyed by path relative to the store (for example {@code "hooks/event/current"}).
     */
    Map<String, String> seed();
  }

  /** Settings of the hook secret cache. */
  interface HookCache {

    /** How long hook secrets are used before the store is read again. */
    @WithDefault("PT30S")
    Duration ttl();

    /** How long after the TTL cached hook secrets stay in use while the store is unreachable. */
    @WithDefault("PT10M")
    Duration graceWhenUnavailable();
  }
}
