package io.oktaadapter.application.port.in.events;

import java.util.Objects;

/**
 * Inbound port: operators resolve a quarantine entry, either by <em>reprocessing</em> it (after a
 * fix of the adapter, or with a corrected body) through the normal path, de-duplicated by uuid, or
 * by <em>discarding</em> it with a reason. Both run in the caller's transaction.
 */
public interface ResolveQuarantineUseCase {

  /**
   * @param correctedBody the corrected event (for an event entry) or delivery (for a delivery
   *     entry) as JSON text; null reprocesses the stored body
   * @throws io.oktaadapter.domain.InvalidFieldException when the body still fails validation (the
   *     entry stays quarantined)
   * @throws io.oktaadapter.application.common.NotFoundException for an unknown id
   * @throws io.oktaadapter.domain.IllegalStatusTransitionException when it is already resolved
   */
  Resolution reprocess(long id, String correctedBody);

  /**
   * @param reason why it is dropped, 1 to 2000 characters
   */
  Resolution discard(long id, String reason);

  /** The outcome: the entry's new status and what reprocessing stored. */
  record Resolution(
      long id, String status, int accepted, int duplicates, int filtered, int quarantined) {
    public Resolution {
      Objects.requireNonNull(status, "status");
    }
  }
}
