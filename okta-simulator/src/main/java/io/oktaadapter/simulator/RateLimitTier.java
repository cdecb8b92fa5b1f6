package io.oktaadapter.simulator;

import java.util.EnumMap;
import java.util.Map;

/**
 * Simulator rate limiting: Okta org tiers with their per-minute bucket limits (Okta's published
 * Management API rate-limit table) and an assumed concurrent-request limit per tier.
 */
public enum RateLimitTier {
  INTEGRATOR_FREE(20, 100, 100, 100, 100, 20, 100, 35),
  ONE_APP(100, 600, 600, 600, 600, 50, 600, 75),
  ENTERPRISE(100, 600, 600, 600, 600, 50, 600, 75),
  WORKFORCE(100, 500, 500, 1000, 600, 120, 1200, 75);

  private final Map<RateBucket, Integer> perMinute = new EnumMap<>(RateBucket.class);
  private final int concurrency;

  RateLimitTier(
      int apps, int appById, int groups, int groupById, int users, int logs, int other, int conc) {
    perMinute.put(RateBucket.APPS, apps);
    perMinute.put(RateBucket.APP_BY_ID, appById);
    perMinute.put(RateBucket.GROUPS, groups);
    perMinute.put(RateBucket.GROUP_BY_ID, groupById);
    perMinute.put(RateBucket.USERS, users);
    perMinute.put(RateBucket.LOGS, logs);
    perMinute.put(RateBucket.OTHER, other);
    this.concurrency = conc;
  }

  public int perMinute(RateBucket bucket) {
    return perMinute.get(bucket);
  }

  public int concurrency() {
    return concurrency;
  }
}
