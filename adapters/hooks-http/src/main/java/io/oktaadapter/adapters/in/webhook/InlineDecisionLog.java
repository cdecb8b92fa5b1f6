package io.oktaadapter.adapters.in.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Webhook adapter: counts every inline-hook decision by type and outcome and writes one structured
 * line per decision to the category {@code io.oktaadapter.inline.decisions}. The line holds only
 * the facts the decision code chose (ids, tenant, domain), never tokens, passwords or codes.
 */
@ApplicationScoped
class InlineDecisionLog {

  private static final Logger DECISIONS = Logger.getLogger("io.oktaadapter.inline.decisions");

  private final MeterRegistry registry;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  InlineDecisionLog(MeterRegistry registry) {
    this.registry = registry;
  }

  void record(String type, String eventId, InlineReply reply, Duration took) {
    counters
        .computeIfAbsent(
            type + '|' + reply.outcome(),
            k ->
                Counter.builder("okta_adapter_inline_hook_decisions")
                    .description("Inline-hook decisions by hook type and outcome")
                    .tag("type", type)
                    .tag("outcome", reply.outcome())
                    .register(registry))
        .increment();
    timers
        .computeIfAbsent(
            type,
            k ->
                Timer.builder("okta_adapter_inline_hook_duration")
                    .description("Time to answer an inline hook")
                    .tag("type", type)
                    .register(registry))
        .record(took);
    if (DECISIONS.isInfoEnabled()) {
      DECISIONS.infof(
          "decision type=%s outcome=%s eventId=%s tookMs=%d %s",
          type, reply.outcome(), eventId, took.toMillis(), format(reply.facts()));
    }
  }

  private static String format(Map<String, String> facts) {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(facts).forEach((k, v) -> out.append(k).append('=').append(v).append(' '));
    return out.toString().strip();
  }
}
