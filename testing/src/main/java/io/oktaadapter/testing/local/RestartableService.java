package io.oktaadapter.testing.local;

/**
 * Local-run service that can be stopped and started again in place (same ports, same data), on its
 * own while the others keep running: what fault drills such as {@code bench/chaos} need.
 */
public interface RestartableService extends LocalService {

  /** Stops the service, keeping its ports and data. */
  void stopInPlace();

  /** Starts the stopped service again on the same ports with the same data. */
  void startInPlace();
}
