package io.oktaadapter.simulator.admin;

import io.oktaadapter.simulator.hooks.EventHookCaller;
import io.oktaadapter.simulator.hooks.InlineHookCaller;
import io.oktaadapter.simulator.org.Org;
import io.oktaadapter.simulator.traffic.FaultInjector;
import io.oktaadapter.simulator.traffic.RateLimiter;
import io.oktaadapter.simulator.traffic.ScaledClock;
import io.oktaadapter.simulator.traffic.TrafficCounters;
import io.oktaadapter.simulator.traffic.TrafficSettings;

/** Simulator admin API wiring: the parts of a running simulator the admin endpoints control. */
public record AdminContext(
    Org org,
    TrafficSettings settings,
    ScaledClock clock,
    RateLimiter limiter,
    FaultInjector faults,
    TrafficCounters counters,
    Runnable reset,
    EventHookCaller eventHooks,
    InlineHookCaller inlineHooks) {}
