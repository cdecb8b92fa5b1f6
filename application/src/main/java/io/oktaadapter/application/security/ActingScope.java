package io.oktaadapter.application.security;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Application helper: runs work on the current thread as a given actor, for doors without an HTTP
 * identity (a Kafka command: {@code ActingScope.callAs(Actor.service("billing", roles), commandId,
 * () -> useCase.…)}). The bootstrap {@code ActorContext} consults it before the HTTP identity.
 */
public final class ActingScope {

  /** The actor and request or command id of an open scope. */
  public record Acting(Actor actor, Optional<String> requestId) {
    public Acting {
      Objects.requireNonNull(actor, "actor");
      requestId = requestId == null ? Optional.empty() : requestId;
    }
  }

  private static final ThreadLocal<Acting> CURRENT = new ThreadLocal<>();

  private ActingScope() {}

  /** Runs {@code work} as {@code actor}; {@code requestId} (may be null) goes to the audit log. */
  public static <T> T callAs(Actor actor, String requestId, Supplier<T> work) {
    Acting previous = CURRENT.get();
    CURRENT.set(new Acting(actor, Optional.ofNullable(requestId)));
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** Runs {@code work} as {@code actor}. */
  public static void runAs(Actor actor, String requestId, Runnable work) {
    callAs(
        actor,
        requestId,
        () -> {
          work.run();
          return null;
        });
  }

  /** The scope open on this thread, if any. */
  public static Optional<Acting> current() {
    return Optional.ofNullable(CURRENT.get());
  }
}
