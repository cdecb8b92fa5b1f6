package io.oktaadapter.adapters.out.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Kafka adapter configuration: topic names per stream and publication limits. */
@ConfigMapping(prefix = "okta-adapter.kafka")
public interface KafkaConfig {

  /** Topic names; the defaults are the documented contract (docs/asyncapi.yaml). */
  Topics topics();

  /** How long the relay waits for the broker to acknowledge a batch before trying again later. */
  @WithDefault("10s")
  Duration ackTimeout();

  /** Topic names per logical stream. */
  interface Topics {
    /** Okta System Log events received through event hooks. */
    @WithDefault("okta-adapter.identity-events")
    String identityEvents();

    /** Tenant and application lifecycle and configuration events. */
    @WithDefault("okta-adapter.tenant-events")
    String tenantEvents();

    /** Results of commands from other services. */
    @WithDefault("okta-adapter.command-results")
    String commandResults();

    /** OTP messages for the company's messaging service. */
    @WithDefault("okta-adapter.telephony-requests")
    String telephonyRequests();
  }
}
