package io.oktaadapter.simulator.http;

import java.util.List;

/** Simulator error: an Okta API error that the router renders as Okta's error body. */
public final class OktaException extends RuntimeException {
  private final int status;
  private final String errorCode;
  private final List<String> causes;

  public OktaException(int status, String errorCode, String summary, List<String> causes) {
    super(summary);
    this.status = status;
    this.errorCode = errorCode;
    this.causes = List.copyOf(causes);
  }

  public int status() {
    return status;
  }

  public String errorCode() {
    return errorCode;
  }

  public String summary() {
    return getMessage();
  }

  public List<String> causes() {
    return causes;
  }
}
