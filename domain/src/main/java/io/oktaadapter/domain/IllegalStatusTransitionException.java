package io.oktaadapter.domain;

/** Domain error: a lifecycle change that the current status does not allow. */
public final class IllegalStatusTransitionException extends DomainException {

  private final String subject;
  private final String from;
  private final String to;

  public IllegalStatusTransitionException(String subject, Enum<?> from, Enum<?> to) {
    super(subject + " cannot change from " + from + " to " + to);
    this.subject = subject;
    this.from = from.name();
    this.to = to.name();
  }

  public String subject() {
    return subject;
  }

  public String from() {
    return from;
  }

  public String to() {
    return to;
  }
}
