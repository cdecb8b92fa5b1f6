package io.oktaadapter.application.port.out.inline;

/**
 * Outbound port for the durable side of the inline-hook read model: a version that changes with
 * every committed change of the data behind it, and a full snapshot of that data.
 */
public interface InlineReadModelStore {

  /** The current version; a different value means {@link #load()} would return other data. */
  long version();

  /** Everything an inline-hook decision may read, as committed now. */
  ReadModelSnapshot load();
}
