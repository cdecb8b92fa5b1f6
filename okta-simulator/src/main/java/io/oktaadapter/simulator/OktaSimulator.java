package io.oktaadapter.simulator;

import io.oktaadapter.simulator.hooks.EventHookCaller;
import io.oktaadapter.simulator.hooks.InlineHookCaller;
import io.oktaadapter.simulator.http.Json;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Simulator entry point: a running in-memory Okta org (Management API over HTTP) with runtime
 * controls for rate limits, latency, consistency delay and faults, and Okta's hook-calling side.
 */
public final class OktaSimulator implements AutoCloseable {
  private final Vertx vertx;
  private final HttpServer server;
  private final SimulatorCore core;

  private OktaSimulator(Vertx vertx, HttpServer server, SimulatorCore core) {
    this.vertx = vertx;
    this.server = server;
    this.core = core;
  }

  public static SimulatorBuilder builder() {
    return new SimulatorBuilder();
  }

  static OktaSimulator start(SimulatorBuilder options) {
    SimulatorCore core =
        new SimulatorCore(options.tier, options.timeScale, options.token, options.hookTimeout);
    core.settings.setLatencyMillis(options.latency.toMillis());
    core.settings.setConsistencyDelayMillis(options.consistencyDelay.toMillis());
    if (options.concurrencyLimit != null) {
      core.settings.setConcurrencyLimit(options.concurrencyLimit);
    }
    options.limits.forEach(core.settings::setLimit);
    options.faults.forEach(core.faults::add);
    options.listeners.forEach(core.exchanges::addListener);
    Vertx vertx = Vertx.vertx();
    try {
      HttpServer server =
          vertx
              .createHttpServer()
              .requestHandler(SimulatorRouter.create(vertx, core))
              .listen(options.port, options.host)
              .toCompletionStage()
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
      String host = options.host.equals("0.0.0.0") ? "localhost" : options.host;
      core.baseUrl.set("http://" + host + ":" + server.actualPort());
      return new OktaSimulator(vertx, server, core);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      vertx.close();
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("Okta simulator could not listen on port " + options.port, e);
    }
  }

  /** The org URL, e.g. {@code http://127.0.0.1:8090}. */
  public String baseUrl() {
    return core.baseUrl.get();
  }

  public int port() {
    return server.actualPort();
  }

  public String token() {
    return core.token.get();
  }

  /** Forgets all resources, rate-limit counters, faults and recorded session clears. */
  public void reset() {
    core.reset();
  }

  public void setTier(RateLimitTier tier) {
    core.settings.setTier(tier);
  }

  public void setBucketLimit(RateBucket bucket, int perMinute) {
    core.settings.setLimit(bucket, perMinute);
  }

  public void setConcurrencyLimit(int limit) {
    core.settings.setConcurrencyLimit(limit);
  }

  public void setLatency(Duration latency) {
    core.settings.setLatencyMillis(latency.toMillis());
  }

  public void setConsistencyDelay(Duration delay) {
    core.settings.setConsistencyDelayMillis(delay.toMillis());
  }

  public void setTimeScale(double timeScale) {
    core.clock.setScale(timeScale);
  }

  /** Current time of the simulator's scaled clock (the time {@code X-Rate-Limit-Reset} uses). */
  public long scaledEpochMillis() {
    return core.clock.nowMillis();
  }

  public void addFault(Fault fault) {
    core.faults.add(fault);
  }

  public void clearFaults() {
    core.faults.clear();
  }

  /** Requests and 429s since start or the last {@link #reset()}. */
  public TrafficStats stats() {
    return core.counters.snapshot();
  }

  /** Calls of {@code DELETE /api/v1/users/{id}/sessions}, oldest first. */
  public List<SessionClear> sessionClears() {
    return List.copyOf(core.org.sessionClears());
  }

  /** The whole org state as JSON text. */
  public String dumpState() {
    return Json.write(core.org.dump());
  }

  public void addExchangeListener(Consumer<RecordedExchange> listener) {
    core.exchanges.addListener(listener);
  }

  public void removeExchangeListener(Consumer<RecordedExchange> listener) {
    core.exchanges.removeListener(listener);
  }

  /** Okta's calling side for registered event hooks (verification and deliveries). */
  public EventHookCaller eventHooks() {
    return core.eventHooks;
  }

  /** Okta's calling side for registered inline hooks. */
  public InlineHookCaller inlineHooks() {
    return core.inlineHooks;
  }

  @Override
  public void close() {
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Okta simulator did not stop cleanly", e);
    }
  }
}
