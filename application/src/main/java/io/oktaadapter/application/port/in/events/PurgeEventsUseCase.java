package io.oktaadapter.application.port.in.events;

/** Inbound port (driven by a scheduler): deletes stored events older than the retention period. */
public interface PurgeEventsUseCase {

  /**
   * @return how many rows were deleted
   */
  int purgeExpired();
}
