package io.oktaadapter.adapters.in.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Webhook adapter configuration: how Okta's calls are authenticated and bounded. */
@ConfigMapping(prefix = "okta-adapter.hooks")
public interface HookConfig {

  /** Event hooks ({@code /hooks/okta/events}). */
  EventHook event();

  /**
   * Whether the well-known development secrets of the local run ({@code local-event-hook-secret},
   * {@code local-inline-hook-secret}) are accepted. Only the dev profile sets this; everywhere else
   * a call presenting them is refused even if a store holds them.
   */
  @WithDefault("false")
  boolean allowDevelopmentSecrets();

  /** Event-hook settings. */
  interface EventHook {
    /**
     * Header that carries the shared secret; Okta's default is {@code Authorization}
     * (channel.config.authScheme.key).
     */
    @WithDefault("Authorization")
    String authHeader();

    /** Largest delivery body accepted, in bytes; larger ones are refused with 413. */
    @WithDefault("1048576")
    int maxBodyBytes();

    /**
     * Safety net: how long a delivery may wait for its batch before the answer is 503. A database
     * that is down is answered 503 at once (the pool gives up after its acquisition timeout); this
     * only bounds a writer that is stuck. Okta stops waiting after 3 s and retries once, so a later
     * answer is not read by Okta, and the retry is recognised as a duplicate.
     */
    @WithDefault("10s")
    java.time.Duration storeTimeout();

    /** Group commit of concurrent deliveries (ADR 0017). */
    GroupCommit groupCommit();
  }

  /** Group commit: concurrent deliveries share one transaction and one commit. */
  interface GroupCommit {
    /** Most deliveries one transaction takes. */
    @WithDefault("128")
    int maxBatch();

    /**
     * Writer threads; each holds one database connection while it writes a batch. One writer takes
     * every delivery that arrived during its previous commit, so commits are larger and cheaper; a
     * second lets one batch be written while the other waits for its commit, at the price of
     * smaller batches (ADR 0017, seventh-session amendment).
     */
    @WithDefault("1")
    int writers();

    /**
     * While the database is down (deliveries answered 503 at once), how often the writer tries a
     * connection to find out whether it is back.
     */
    @WithDefault("250ms")
    java.time.Duration probeInterval();
  }
}
