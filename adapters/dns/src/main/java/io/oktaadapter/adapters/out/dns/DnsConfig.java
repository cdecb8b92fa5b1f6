package io.oktaadapter.adapters.out.dns;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** DNS adapter configuration: which resolvers answer the alias challenges. */
@ConfigMapping(prefix = "okta-adapter.aliases.dns")
public interface DnsConfig {

  /**
   * Resolvers as {@code host} or {@code host:port} (e.g. {@code 1.1.1.1,8.8.8.8}, or a local server
   * in development); the system's resolvers when unset.
   */
  Optional<List<String>> resolvers();

  /** How long one lookup may take across the resolvers. */
  @WithDefault("3s")
  Duration timeout();
}
