package io.oktaadapter.adapters.in.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.oktaadapter.application.port.in.events.ReceiveEventHookUseCase.DeliveryReceipt;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Webhook adapter: counters of event-hook deliveries and events, by outcome. Created at startup so
 * that the counters are exported (at zero) before the first delivery.
 */
@Startup
@ApplicationScoped
class HookMetrics {

  private final MeterRegistry registry;
  private final Counter accepted;
  private final Counter duplicates;
  private final Counter filtered;
  private final Counter quarantined;
  private final Map<String, Counter> deliveries = new ConcurrentHashMap<>();

  HookMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.accepted = events("accepted");
    this.duplicates = events("duplicate");
    this.filtered = events("filtered");
    this.quarantined = events("quarantined");
  }

  void delivery(String outcome) {
    // Registered once per outcome, not looked up through a new builder on every hook call.
    deliveries.computeIfAbsent(outcome, this::deliveries).increment();
  }

  private Counter deliveries(String outcome) {
    return Counter.builder("okta_adapter_event_hook_deliveries")
        .description("Event-hook deliveries by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  void events(DeliveryReceipt receipt) {
    accepted.increment(receipt.accepted());
    duplicates.increment(receipt.duplicates());
    filtered.increment(receipt.filtered());
    if (receipt.quarantined() > 0) {
      quarantined.increment(receipt.quarantined());
    }
  }

  private Counter events(String result) {
    return Counter.builder("okta_adapter_event_hook_events")
        .description("Events received through event hooks, by result")
        .tag("result", result)
        .register(registry);
  }
}
