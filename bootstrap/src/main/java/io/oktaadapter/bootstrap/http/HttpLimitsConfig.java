package io.oktaadapter.bootstrap.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration: the request limits {@link HttpLimits} answers as problem details. */
@ConfigMapping(prefix = "okta-adapter.http")
public interface HttpLimitsConfig {

  /** Longest request target (path and query) in characters; longer ones answer 414. */
  @WithDefault("4096")
  int maxUriLength();

  /** Largest sum of header names and values in bytes; larger ones answer 431. */
  @WithDefault("16384")
  int maxHeaderBytes();
}
