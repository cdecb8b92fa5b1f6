package io.oktaadapter.adapters.in.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Kafka command adapter configuration: who may send which command. */
@ConfigMapping(prefix = "okta-adapter.commands")
public interface CommandConfig {

  /**
   * CloudEvents {@code source}s allowed per command type, by the type's short name (e.g. {@code
   * user.sessions.clear} for {@code io.oktaadapter.command.user.sessions.clear}); each entry is an
   * exact source or a prefix ending in {@code *}. Types not listed use {@link
   * #defaultAllowedSources()}.
   */
  Map<String, List<String>> allowedSources();

  /** Sources allowed for types without an entry of their own; none when unset. */
  Optional<List<String>> defaultAllowedSources();

  /**
   * The rights a source acts with, by exact CloudEvents {@code source}: {@code viewer}, {@code
   * support}, {@code admin}, or {@code customer} (a self-service front end that relays a customer's
   * changes: it acts as the customer of the record's tenant, with a customer's field rights). A
   * source without an entry acts with every operator role; the allow-list above is what admits it.
   */
  Map<String, String> sourceRoles();

  /** First pause before a command is tried again after an infrastructure failure (database). */
  @WithDefault("500ms")
  Duration retryBackoff();

  /** Longest pause between such attempts; the partition waits, so that order is kept. */
  @WithDefault("10s")
  Duration maxRetryBackoff();
}
