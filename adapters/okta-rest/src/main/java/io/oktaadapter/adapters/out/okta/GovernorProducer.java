package io.oktaadapter.adapters.out.okta;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Okta REST adapter: creates the one {@link RateLimitGovernor} of the application and exports its
 * remaining budget per bucket as the gauge {@code okta.rate_limit.remaining}.
 */
@Dependent
class GovernorProducer {

  static final String REMAINING_GAUGE = "okta.rate_limit.remaining";

  @Produces
  @Singleton
  RateLimitGovernor governor(OktaConfig config, MeterRegistry registry) {
    OktaConfig.RateLimit limits = config.rateLimit();
    RateLimitGovernor governor =
        new RateLimitGovernor(
            limits.share(), limits.timeScale(), limits.concurrencyBackoff(), System::nanoTime);
    for (OktaBucket bucket : OktaBucket.values()) {
      Gauge.builder(
              REMAINING_GAUGE,
              governor,
              g -> g.remaining(bucket).stream().mapToDouble(r -> r).findFirst().orElse(Double.NaN))
          .tag("bucket", bucket.tag())
          .description("Calls left in the bucket's current window, as Okta last reported")
          .register(registry);
    }
    return governor;
  }
}
