package io.oktaadapter.application.port.in.inline;

/** Inbound port: brings this replica's in-memory inline-hook read model up to the database. */
public interface RefreshInlineReadModelUseCase {

  /**
   * Reloads when the stored version changed or when {@code force} is set.
   *
   * @return whether a new snapshot was loaded
   */
  boolean refresh(boolean force);
}
