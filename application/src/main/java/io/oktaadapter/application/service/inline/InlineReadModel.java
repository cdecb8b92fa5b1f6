package io.oktaadapter.application.service.inline;

import io.oktaadapter.application.port.in.inline.RefreshInlineReadModelUseCase;
import io.oktaadapter.application.port.out.inline.InlineReadModelStore;
import io.oktaadapter.application.port.out.inline.ReadModelSnapshot;
import java.util.Objects;

/**
 * Use case: the in-memory inline-hook read model of this replica. Decisions read the current
 * snapshot without locking or I/O; {@link #refresh} swaps in a new one when the store's version
 * moved.
 */
public final class InlineReadModel implements RefreshInlineReadModelUseCase {

  private final InlineReadModelStore store;
  private volatile ReadModelSnapshot current = ReadModelSnapshot.EMPTY;

  public InlineReadModel(InlineReadModelStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public boolean refresh(boolean force) {
    long version = store.version();
    if (!force && version == current.version()) {
      return false;
    }
    // The version is read before the data: a change committed in between makes the next
    // refresh load again rather than be missed.
    ReadModelSnapshot loaded = store.load();
    current =
        new ReadModelSnapshot(
            version,
            loaded.activeTenants(),
            loaded.applications(),
            loaded.applicationKinds(),
            loaded.memberships(),
            loaded.registrationDomains(),
            loaded.usersByLogin());
    return true;
  }

  /** The snapshot decisions read; {@link ReadModelSnapshot#EMPTY} until the first refresh. */
  public ReadModelSnapshot snapshot() {
    return current;
  }

  public boolean loaded() {
    return current.version() >= 0;
  }
}
