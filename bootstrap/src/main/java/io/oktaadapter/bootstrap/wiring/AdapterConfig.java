package io.oktaadapter.bootstrap.wiring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Bootstrap configuration: settings of the background workers wired here. */
@ConfigMapping(prefix = "okta-adapter")
public interface AdapterConfig {

  /** The outbox relay. */
  Outbox outbox();

  /** Okta events received through event hooks. */
  Events events();

  /** The in-memory read model the inline hooks decide from. */
  InlineReadModel inlineReadModel();

  /** Inline-hook read model refresh settings. */
  interface InlineReadModel {
    /** How often each replica checks the stored version (one single-row query). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How often each replica reloads everything regardless of the version. */
    @WithDefault("5m")
    Duration fullReloadInterval();
  }

  /** Event-hook flow settings. */
  interface Events {
    /**
     * Event types to publish to Kafka: exact types or prefixes ending in {@code *}. Empty publishes
     * every type; the others are stored (for redelivery) but not published.
     */
    java.util.Optional<java.util.List<String>> publishedTypes();

    /** CloudEvents source used when a delivery does not name its Okta org. */
    @WithDefault("urn:okta-adapter:unknown-okta-org")
    String fallbackSource();

    /** How many characters of a refused delivery are kept in quarantine. */
    @WithDefault("65536")
    int quarantineBodyLimit();

    /** How long received events (and published outbox rows) are kept. */
    @WithDefault("30d")
    Duration retention();

    /** How often the retention job runs. */
    @WithDefault("1h")
    Duration purgeInterval();
  }

  /** Outbox relay settings. */
  interface Outbox {
    /** Whether this replica runs the relay (every replica may; they share the work safely). */
    @WithDefault("true")
    boolean enabled();

    /** How often the relay looks for unpublished events when it found none last time. */
    @WithDefault("200ms")
    Duration pollInterval();

    /** Events claimed and published per transaction. */
    @WithDefault("200")
    int batchSize();
  }
}
