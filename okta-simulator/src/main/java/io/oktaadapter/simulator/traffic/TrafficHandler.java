package io.oktaadapter.simulator.traffic;

import io.oktaadapter.simulator.Fault;
import io.oktaadapter.simulator.FaultType;
import io.oktaadapter.simulator.RateBucket;
import io.oktaadapter.simulator.http.OktaErrors;
import io.oktaadapter.simulator.http.Responder;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Simulator front door for {@code /api/*}: concurrency cap, per-bucket rate limit with Okta's
 * headers, API-token check, injected faults and latency, in the order Okta would apply them.
 */
public final class TrafficHandler implements Handler<RoutingContext> {
  private final ScaledClock clock;
  private final RateLimiter limiter;
  private final ConcurrencyGate gate;
  private final FaultInjector faults;
  private final TrafficSettings settings;
  private final Supplier<String> token;
  private final Responder responder;
  private final TrafficCounters counters;

  public TrafficHandler(
      ScaledClock clock,
      RateLimiter limiter,
      ConcurrencyGate gate,
      FaultInjector faults,
      TrafficSettings settings,
      Supplier<String> token,
      Responder responder,
      TrafficCounters counters) {
    this.clock = clock;
    this.limiter = limiter;
    this.gate = gate;
    this.faults = faults;
    this.settings = settings;
    this.token = token;
    this.responder = responder;
    this.counters = counters;
  }

  @Override
  public void handle(RoutingContext ctx) {
    var response = ctx.response();
    response.putHeader("Date", httpDate(clock.nowMillis()));
    response.putHeader("X-Okta-Request-Id", UUID.randomUUID().toString());
    counters.request();
    if (!gate.tryEnter()) {
      counters.concurrencyRejected();
      // Okta reports a concurrency violation with zeroed counters and an estimated reset.
      putRateHeaders(ctx, new RateDecision(false, 0, 0, clock.nowMillis() / 1000 + 60));
      responder.error(ctx, OktaErrors.rateLimited());
      return;
    }
    ctx.addEndHandler(done -> gate.release());
    RateDecision decision = limiter.acquire(RateBucket.classify(ctx.request().path()));
    putRateHeaders(ctx, decision);
    if (!decision.allowed()) {
      counters.rateLimited();
      responder.error(ctx, OktaErrors.rateLimited());
      return;
    }
    if (!authorized(ctx.request().getHeader("Authorization"))) {
      responder.error(ctx, OktaErrors.invalidToken());
      return;
    }
    applyFault(ctx, faults.onCall(ctx.request().method().name(), ctx.request().path()));
  }

  private void applyFault(RoutingContext ctx, Optional<Fault> fault) {
    FaultType type = fault.map(Fault::type).orElse(null);
    if (type != null) {
      counters.fault();
    }
    if (type == FaultType.SERVER_ERROR) {
      responder.error(ctx, OktaErrors.internal());
    } else if (type == FaultType.FORBIDDEN) {
      responder.error(ctx, OktaErrors.forbidden());
    } else if (type == FaultType.RATE_LIMITED) {
      ctx.response().putHeader("X-Rate-Limit-Remaining", "0");
      responder.error(ctx, OktaErrors.rateLimited());
    } else {
      if (type == FaultType.SLOW_ANSWER) {
        ctx.put(Responder.HOLD_ANSWER_MILLIS, fault.get().hangMillis());
      }
      long hang = type == FaultType.HANG ? fault.get().hangMillis() : 0;
      delay(ctx, hang + settings.latencyMillis());
    }
  }

  private boolean authorized(String header) {
    return header != null && header.equals("SSWS " + token.get());
  }

  private static void delay(RoutingContext ctx, long millis) {
    if (millis <= 0) {
      ctx.next();
    } else {
      ctx.vertx().setTimer(millis, id -> ctx.next());
    }
  }

  private static void putRateHeaders(RoutingContext ctx, RateDecision decision) {
    ctx.response()
        .putHeader("X-Rate-Limit-Limit", Integer.toString(decision.limit()))
        .putHeader("X-Rate-Limit-Remaining", Integer.toString(decision.remaining()))
        .putHeader("X-Rate-Limit-Reset", Long.toString(decision.resetEpochSecond()));
  }

  static String httpDate(long epochMillis) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(
        Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC));
  }
}
