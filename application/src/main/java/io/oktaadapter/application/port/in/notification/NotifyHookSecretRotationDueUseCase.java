package io.oktaadapter.application.port.in.notification;

/**
 * Inbound port: tell the support address when a hook's current secret is older than the allowed age
 * and no rotation is open. Runs in the caller's transaction; once per secret version.
 */
public interface NotifyHookSecretRotationDueUseCase {

  /**
   * @return how many hook kinds are due for rotation
   */
  int checkRotationDue();
}
