package io.oktaadapter.adapters.out.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Kafka adapter configuration: topic names per stream and publication limits. */
@ConfigMapping(prefix = "okta-adapter.kafka")
public interface KafkaConfig {

  /** Topic names; the defaults are the documented contract (docs/asyncapi.yaml). */
  Topics topics();

  /**
   * How long the relay waits for the verdict on a batch: the broker's acknowledgement, or the
   * producer giving up (after {@code delivery.timeout.ms}, plus the connector's own retries within
   * that time). It must exceed both, so that a relay never releases an event whose send may still
   * succeed: a release while a send is pending is how one event reached the topic several times
   * (ADR 0003). The relay's transaction timeout is derived from it.
   */
  @WithDefault("75s")
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
