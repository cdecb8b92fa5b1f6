package io.oktaadapter.application.port.out.okta;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Outbound port failure: what went wrong when the adapter talked to Okta, typed so that callers can
 * decide between retrying later, compensating and reporting. Messages carry Okta's error summary
 * and id for support, never a token or a client secret.
 */
public abstract sealed class OktaFailure extends RuntimeException {

  private final String errorCode;
  private final String errorId;

  private OktaFailure(String message, String errorCode, String errorId) {
    super(message);
    this.errorCode = errorCode;
    this.errorId = errorId;
  }

  /** Okta's {@code errorCode} (for example {@code E0000007}), when Okta sent one. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** Okta's {@code errorId}, the reference Okta support asks for. */
  public Optional<String> errorId() {
    return Optional.ofNullable(errorId);
  }

  /** Whether the same call may succeed later without changing the request. */
  public boolean isRetryable() {
    return false;
  }

  /** Okta rejected the request's content; {@link #causes()} lists Okta's reasons. */
  public static final class Validation extends OktaFailure {
    private final List<String> causes;

    public Validation(String message, String errorCode, String errorId, List<String> causes) {
      super(message, errorCode, errorId);
      this.causes = List.copyOf(causes);
    }

    public List<String> causes() {
      return causes;
    }
  }

  /** The resource does not exist (or is not visible to the adapter's credentials). */
  public static final class NotFound extends OktaFailure {
    public NotFound(String message, String errorCode, String errorId) {
      super(message, errorCode, errorId);
    }
  }

  /** A resource with the same unique field already exists in the org. */
  public static final class AlreadyExists extends OktaFailure {
    private final List<String> causes;

    public AlreadyExists(String message, String errorCode, String errorId, List<String> causes) {
      super(message, errorCode, errorId);
      this.causes = List.copyOf(causes);
    }

    public List<String> causes() {
      return causes;
    }
  }

  /** The credentials are valid but lack the permission (scope or admin role) for the call. */
  public static final class Forbidden extends OktaFailure {
    public Forbidden(String message, String errorCode, String errorId) {
      super(message, errorCode, errorId);
    }
  }

  /** Okta did not accept the adapter's credentials (invalid, expired or revoked). */
  public static final class Unauthorized extends OktaFailure {
    public Unauthorized(String message, String errorCode, String errorId) {
      super(message, errorCode, errorId);
    }
  }

  /** Okta's rate limit stayed exhausted longer than the adapter was allowed to wait. */
  public static final class RateLimited extends OktaFailure {
    private final Instant resetAt;

    public RateLimited(String message, String errorCode, String errorId, Instant resetAt) {
      super(message, errorCode, errorId);
      this.resetAt = Objects.requireNonNull(resetAt, "resetAt");
    }

    /** When Okta said the bucket refills. */
    public Instant resetAt() {
      return resetAt;
    }

    @Override
    public boolean isRetryable() {
      return true;
    }
  }

  /** Okta failed or did not answer in time (5xx, timeout, connection refused). */
  public static final class Transient extends OktaFailure {
    public Transient(String message, String errorCode, String errorId) {
      super(message, errorCode, errorId);
    }

    @Override
    public boolean isRetryable() {
      return true;
    }
  }
}
