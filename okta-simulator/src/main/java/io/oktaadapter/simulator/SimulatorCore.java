package io.oktaadapter.simulator;

import io.oktaadapter.simulator.hooks.EventHookCaller;
import io.oktaadapter.simulator.hooks.HookTransport;
import io.oktaadapter.simulator.hooks.InlineHookCaller;
import io.oktaadapter.simulator.http.Exchanges;
import io.oktaadapter.simulator.http.Responder;
import io.oktaadapter.simulator.org.Org;
import io.oktaadapter.simulator.traffic.ConcurrencyGate;
import io.oktaadapter.simulator.traffic.FaultInjector;
import io.oktaadapter.simulator.traffic.RateLimiter;
import io.oktaadapter.simulator.traffic.ScaledClock;
import io.oktaadapter.simulator.traffic.TrafficCounters;
import io.oktaadapter.simulator.traffic.TrafficSettings;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/** Simulator composition root: the state, traffic controls and hook callers of one org. */
final class SimulatorCore {
  final Org org = new Org();
  final TrafficSettings settings;
  final ScaledClock clock;
  final RateLimiter limiter;
  final ConcurrencyGate gate;
  final FaultInjector faults = new FaultInjector();
  final TrafficCounters counters = new TrafficCounters();
  final Exchanges exchanges = new Exchanges();
  final Responder responder = new Responder(exchanges);
  final AtomicReference<String> token;
  final AtomicReference<String> baseUrl = new AtomicReference<>("http://localhost");
  final EventHookCaller eventHooks;
  final InlineHookCaller inlineHooks;

  SimulatorCore(RateLimitTier tier, double timeScale, String token, Duration hookTimeout) {
    this.settings = new TrafficSettings(tier);
    this.clock = new ScaledClock(timeScale);
    this.limiter = new RateLimiter(clock, settings);
    this.gate = new ConcurrencyGate(settings);
    this.token = new AtomicReference<>(token);
    HookTransport transport = new HookTransport(hookTimeout);
    this.eventHooks = new EventHookCaller(org, transport, baseUrl::get);
    this.inlineHooks = new InlineHookCaller(org, transport);
  }

  /** Forgets every resource, counter and fault; settings stay. */
  void reset() {
    org.reset();
    limiter.reset();
    faults.clear();
    counters.reset();
  }
}
