package io.oktaadapter.bootstrap.wiring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Bootstrap configuration: settings of the background workers wired here. */
@ConfigMapping(prefix = "okta-adapter")
public interface AdapterConfig {

  /** The outbox relay. */
  Outbox outbox();

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
