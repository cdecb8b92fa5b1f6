package io.oktaadapter.simulator;

/**
 * Simulator counters since start or the last reset: API requests seen and how many of them the
 * simulator answered with 429 (bucket exhausted, concurrency cap, injected).
 */
public record TrafficStats(
    long requests, long rateLimited, long concurrencyRejected, long faults) {}
