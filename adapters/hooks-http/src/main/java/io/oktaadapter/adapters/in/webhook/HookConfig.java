package io.oktaadapter.adapters.in.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Webhook adapter configuration: how Okta's calls are authenticated and bounded. */
@ConfigMapping(prefix = "okta-adapter.hooks")
public interface HookConfig {

  /** Event hooks ({@code /hooks/okta/events}). */
  EventHook event();

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
