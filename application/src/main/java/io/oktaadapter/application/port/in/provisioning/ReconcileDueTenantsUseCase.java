package io.oktaadapter.application.port.in.provisioning;

import java.time.Duration;

/**
 * Inbound port: the scheduled reconcile. Queues a RECONCILE job for every READY tenant that has had
 * none within the interval; several replicas calling it at once queue each job once.
 */
public interface ReconcileDueTenantsUseCase {

  /**
   * @return how many reconcile jobs were queued
   */
  int reconcileDue(Duration interval);
}
