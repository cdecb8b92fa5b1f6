package io.oktaadapter.adapters.in.rest.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * REST adapter: throttles clients that keep failing authentication on the operator API (issue 18,
 * ADR 0014). Each client address has a budget of 401 answers per fixed window that opens with its
 * first failure; past the budget, every further failure of that window is answered 429 with {@code
 * Retry-After} (the seconds until the window closes) instead of 401. A request whose token is valid
 * is always served: tokens are verified locally (no call to the identity provider), so verifying
 * them is cheap, and operators behind the same address as a misbehaving client are not locked out.
 *
 * <p>The key is the peer address of the connection; {@code X-Forwarded-For} is not honoured because
 * the service does not trust proxy headers ({@code quarkus.http.proxy.*} is off). At most {@code
 * max-clients} addresses are tracked: when the table is full, closed windows are dropped first,
 * then the oldest window. The state is in memory, so each replica throttles on its own: behind a
 * load balancer a client gets at most budget × replicas 401s per window.
 */
@ApplicationScoped
public class AuthFailureThrottle {

  private final int budget;
  private final Duration window;
  private final int maxClients;
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  private record Window(Instant start, int failures) {}

  @Inject
  public AuthFailureThrottle(
      @ConfigProperty(name = "okta-adapter.http.auth-failures.budget", defaultValue = "20")
          int budget,
      @ConfigProperty(name = "okta-adapter.http.auth-failures.window", defaultValue = "1m")
          Duration window,
      @ConfigProperty(name = "okta-adapter.http.auth-failures.max-clients", defaultValue = "10000")
          int maxClients) {
    this(budget, window, maxClients, Clock.systemUTC());
  }

  AuthFailureThrottle(int budget, Duration window, int maxClients, Clock clock) {
    if (budget < 1 || window.isNegative() || window.isZero() || maxClients < 1) {
      throw new IllegalArgumentException(
          "okta-adapter.http.auth-failures: budget and max-clients must be at least 1, window positive");
    }
    this.budget = budget;
    this.window = window;
    this.maxClients = maxClients;
    this.clock = clock;
  }

  /**
   * Records one authentication failure of {@code client}.
   *
   * @return empty while the client is within its budget (answer 401); otherwise the time until its
   *     window closes (answer 429 with {@code Retry-After})
   */
  public Optional<Duration> failure(String client) {
    Instant now = clock.instant();
    if (!windows.containsKey(client) && windows.size() >= maxClients) {
      makeRoom(now);
    }
    Window updated =
        windows.compute(
            client,
            (key, current) ->
                current == null || !now.isBefore(current.start().plus(window))
                    ? new Window(now, 1)
                    : new Window(current.start(), Math.min(current.failures() + 1, budget + 1)));
    if (updated.failures() <= budget) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, updated.start().plus(window)));
  }

  /** How many client addresses are tracked at the moment (bounded by {@code max-clients}). */
  public int trackedClients() {
    return windows.size();
  }

  private synchronized void makeRoom(Instant now) {
    if (windows.size() < maxClients) {
      return;
    }
    windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
    while (windows.size() >= maxClients) {
      windows.entrySet().stream()
          .min((a, b) -> a.getValue().start().compareTo(b.getValue().start()))
          .ifPresent(oldest -> windows.remove(oldest.getKey(), oldest.getValue()));
    }
  }
}
