package io.oktaadapter.application.service.messaging;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Circuit breaker of the outbox relays of one replica (ADR 0003). Closed, every relay claims
 * batches. A batch the broker did not acknowledge opens it: no relay claims until the delay has
 * passed, then exactly one relay claims a one-event probe. An acknowledged probe closes the
 * circuit; a failed one opens it again for twice the delay, up to the maximum. Thread-safe: the
 * relay threads of a replica share one instance.
 */
public final class BrokerCircuit {

  /** What a relay may do now. */
  public enum Permit {
    /** Claim a normal batch. */
    CLAIM,
    /** Claim a one-event probe; no other relay claims until its outcome is known. */
    PROBE,
    /** Claim nothing. */
    WAIT
  }

  private enum State {
    CLOSED,
    OPEN,
    PROBING
  }

  private static final System.Logger LOG = System.getLogger(BrokerCircuit.class.getName());

  private final Clock clock;
  private final Duration initialDelay;
  private final Duration maxDelay;
  private State state = State.CLOSED;
  private Duration delay;
  private Instant openUntil = Instant.MIN;

  public BrokerCircuit(Clock clock, Duration initialDelay, Duration maxDelay) {
    this.clock = Objects.requireNonNull(clock);
    if (initialDelay.isNegative()
        || initialDelay.isZero()
        || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException(
          "initialDelay must be positive and maxDelay at least initialDelay");
    }
    this.initialDelay = initialDelay;
    this.maxDelay = maxDelay;
    this.delay = initialDelay;
  }

  /** Takes the permit for the next claim. A {@link Permit#PROBE} must be answered. */
  public synchronized Permit acquire() {
    return switch (state) {
      case CLOSED -> Permit.CLAIM;
      case PROBING -> Permit.WAIT;
      case OPEN -> {
        if (clock.instant().isBefore(openUntil)) {
          yield Permit.WAIT;
        }
        state = State.PROBING;
        yield Permit.PROBE;
      }
    };
  }

  /** The broker acknowledged everything claimed under the permit. */
  public synchronized void succeeded(Permit permit) {
    if (permit != Permit.WAIT) {
      if (state != State.CLOSED) {
        LOG.log(Level.INFO, "Broker acknowledges again; outbox relays claim batches again");
      }
      state = State.CLOSED;
      delay = initialDelay;
    }
  }

  /** The broker did not acknowledge (all of) what was claimed under the permit. */
  public synchronized void failed(Permit permit) {
    if (permit == Permit.PROBE) {
      delay = min(delay.multipliedBy(2), maxDelay);
      open();
    } else if (permit == Permit.CLAIM && state == State.CLOSED) {
      delay = initialDelay;
      open();
    }
    // A normal batch claimed before the circuit opened changes nothing once it is open.
  }

  /** Nothing was claimed under the permit; a probe's turn passes to the next relay at once. */
  public synchronized void unused(Permit permit) {
    if (permit == Permit.PROBE && state == State.PROBING) {
      state = State.OPEN;
    }
  }

  /** How long relays should wait before asking again; zero while the circuit is closed. */
  public synchronized Duration pause() {
    return switch (state) {
      case CLOSED -> Duration.ZERO;
      case PROBING -> initialDelay;
      case OPEN -> {
        Duration left = Duration.between(clock.instant(), openUntil);
        yield left.isNegative() ? Duration.ZERO : left;
      }
    };
  }

  /** Whether relays currently claim normal batches. */
  public synchronized boolean closed() {
    return state == State.CLOSED;
  }

  private void open() {
    state = State.OPEN;
    openUntil = clock.instant().plus(delay);
    LOG.log(
        Level.WARNING,
        "Broker did not acknowledge; outbox relays claim nothing and probe again in {0} ms",
        delay.toMillis());
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
