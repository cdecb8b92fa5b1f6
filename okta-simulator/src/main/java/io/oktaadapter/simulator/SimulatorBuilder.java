package io.oktaadapter.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** Simulator configuration: fluent options for an embedded or standalone {@link OktaSimulator}. */
public final class SimulatorBuilder {
  String host = "127.0.0.1";
  int port;
  String token = "local-okta-token";
  RateLimitTier tier = RateLimitTier.ENTERPRISE;
  double timeScale = 1.0;
  Duration latency = Duration.ZERO;
  Duration consistencyDelay = Duration.ZERO;
  Integer concurrencyLimit;
  Duration hookTimeout = Duration.ofSeconds(3);
  final Map<RateBucket, Integer> limits = new EnumMap<>(RateBucket.class);
  final List<Fault> faults = new ArrayList<>();
  final List<Consumer<RecordedExchange>> listeners = new ArrayList<>();

  SimulatorBuilder() {}

  /** Interface to bind; default {@code 127.0.0.1}. */
  public SimulatorBuilder host(String host) {
    this.host = Objects.requireNonNull(host, "host");
    return this;
  }

  /** TCP port; 0 (the default) picks a free one. */
  public SimulatorBuilder port(int port) {
    this.port = port;
    return this;
  }

  /** The API token clients send as {@code SSWS <token>}; default {@code local-okta-token}. */
  public SimulatorBuilder token(String token) {
    this.token = Objects.requireNonNull(token, "token");
    return this;
  }

  public SimulatorBuilder tier(RateLimitTier tier) {
    this.tier = Objects.requireNonNull(tier, "tier");
    return this;
  }

  /** Per-minute limit of one bucket, overriding the tier. */
  public SimulatorBuilder bucketLimit(RateBucket bucket, int perMinute) {
    limits.put(bucket, perMinute);
    return this;
  }

  /** How much faster than real time rate-limit windows pass (60 makes a minute last 1 s). */
  public SimulatorBuilder timeScale(double timeScale) {
    this.timeScale = timeScale;
    return this;
  }

  public SimulatorBuilder latency(Duration latency) {
    this.latency = Objects.requireNonNull(latency, "latency");
    return this;
  }

  /** How long a created resource stays out of list and search results. */
  public SimulatorBuilder consistencyDelay(Duration delay) {
    this.consistencyDelay = Objects.requireNonNull(delay, "delay");
    return this;
  }

  /** Concurrent in-flight API requests allowed before 429; default from the tier. */
  public SimulatorBuilder concurrencyLimit(int limit) {
    this.concurrencyLimit = limit;
    return this;
  }

  /** Timeout per hook call attempt; Okta uses 3 s. */
  public SimulatorBuilder hookTimeout(Duration timeout) {
    this.hookTimeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  public SimulatorBuilder fault(Fault fault) {
    faults.add(Objects.requireNonNull(fault, "fault"));
    return this;
  }

  /** Receives every API exchange (request and response), e.g. to validate against a spec. */
  public SimulatorBuilder exchangeListener(Consumer<RecordedExchange> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /** Starts the HTTP server and returns once it listens. */
  public OktaSimulator start() {
    return OktaSimulator.start(this);
  }
}
