package io.oktaadapter.adapters.in.webhook;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Webhook adapter: decides, once, whether a decision's durable effect (such as an OTP queued for
 * sending) may commit, or whether the request thread has already answered the safe outcome. Without
 * it a decision that finishes just after the deadline would commit its effect while Okta acts on
 * the safe outcome, for example sending an OTP through its own provider as well.
 */
final class CommitGate {

  private static final int OPEN = 0;
  private static final int COMMITTING = 1;
  private static final int ABANDONED = 2;

  private final AtomicInteger state = new AtomicInteger(OPEN);

  /**
   * Called by the decision inside its transaction, just before it commits; throws when the answer
   * was already given without it, so that the transaction rolls back.
   */
  void enterCommit() {
    if (!state.compareAndSet(OPEN, COMMITTING)) {
      throw new Abandoned();
    }
  }

  /**
   * Called by the request thread at the deadline: true when the decision can no longer commit;
   * false when it is committing already and its result must be waited for.
   */
  boolean abandon() {
    return state.compareAndSet(OPEN, ABANDONED);
  }

  /** The decision came too late to commit: the safe outcome was answered instead. */
  static final class Abandoned extends RuntimeException {
    Abandoned() {
      super("answered the safe outcome before the decision could commit", null, false, false);
    }
  }
}
