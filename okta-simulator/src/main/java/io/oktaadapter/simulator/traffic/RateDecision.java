package io.oktaadapter.simulator.traffic;

/**
 * Simulator rate limiting: the outcome of counting one request against a bucket, with the values of
 * Okta's {@code X-Rate-Limit-*} headers ({@code resetEpochSecond} in scaled time).
 */
public record RateDecision(boolean allowed, int limit, int remaining, long resetEpochSecond) {}
