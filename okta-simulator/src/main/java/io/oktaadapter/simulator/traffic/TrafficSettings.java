package io.oktaadapter.simulator.traffic;

import io.oktaadapter.simulator.RateBucket;
import io.oktaadapter.simulator.RateLimitTier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Simulator runtime settings: tier, limit overrides, latency and consistency delay. */
public final class TrafficSettings {
  private volatile RateLimitTier tier;
  private final Map<RateBucket, Integer> limitOverrides = new ConcurrentHashMap<>();
  private volatile Integer concurrencyOverride;
  private volatile long latencyMillis;
  private volatile long consistencyDelayMillis;

  public TrafficSettings(RateLimitTier tier) {
    this.tier = tier;
  }

  public RateLimitTier tier() {
    return tier;
  }

  /** Selects a tier and drops bucket and concurrency overrides. */
  public void setTier(RateLimitTier tier) {
    this.tier = tier;
    limitOverrides.clear();
    concurrencyOverride = null;
  }

  public int limit(RateBucket bucket) {
    return limitOverrides.getOrDefault(bucket, tier.perMinute(bucket));
  }

  public void setLimit(RateBucket bucket, int perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("limit must be >= 1");
    }
    limitOverrides.put(bucket, perMinute);
  }

  public int concurrencyLimit() {
    Integer override = concurrencyOverride;
    return override == null ? tier.concurrency() : override;
  }

  public void setConcurrencyLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("concurrency limit must be >= 1");
    }
    concurrencyOverride = limit;
  }

  public long latencyMillis() {
    return latencyMillis;
  }

  public void setLatencyMillis(long millis) {
    this.latencyMillis = Math.max(0, millis);
  }

  public long consistencyDelayMillis() {
    return consistencyDelayMillis;
  }

  public void setConsistencyDelayMillis(long millis) {
    this.consistencyDelayMillis = Math.max(0, millis);
  }
}
