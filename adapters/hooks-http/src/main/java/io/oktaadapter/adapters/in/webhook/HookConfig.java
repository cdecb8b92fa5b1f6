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
  }
}
