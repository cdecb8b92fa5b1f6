package io.oktaadapter.simulator;

import java.util.Objects;

/**
 * Simulator fault injection: make the {@code nth} matching call (counted from installation) and the
 * {@code times - 1} following ones fail in the given way.
 *
 * @param operation {@code "METHOD /api/v1/path"}; a {@code *} segment matches any one segment
 * @param nth 1-based index of the first affected call
 * @param type what happens
 * @param hangMillis how long a {@link FaultType#HANG} holds the request, or a {@link
 *     FaultType#SLOW_ANSWER} its answer
 * @param times how many consecutive matching calls are affected
 */
public record Fault(String operation, int nth, FaultType type, long hangMillis, int times) {
  public Fault {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(type, "type");
    if (!operation.matches("[A-Z]+ /.*")) {
      throw new IllegalArgumentException("operation must look like 'GET /api/v1/groups'");
    }
    if (nth < 1 || times < 1 || hangMillis < 0) {
      throw new IllegalArgumentException("nth and times must be >= 1, hangMillis >= 0");
    }
  }

  public static Fault serverError(String operation, int nth) {
    return new Fault(operation, nth, FaultType.SERVER_ERROR, 0, 1);
  }

  public static Fault rateLimited(String operation, int nth) {
    return new Fault(operation, nth, FaultType.RATE_LIMITED, 0, 1);
  }

  public static Fault forbidden(String operation, int nth) {
    return new Fault(operation, nth, FaultType.FORBIDDEN, 0, 1);
  }

  public static Fault hang(String operation, int nth, long millis) {
    return new Fault(operation, nth, FaultType.HANG, millis, 1);
  }

  public static Fault slowAnswer(String operation, int nth, long millis) {
    return new Fault(operation, nth, FaultType.SLOW_ANSWER, millis, 1);
  }
}
