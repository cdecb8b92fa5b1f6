package io.oktaadapter.application.common;

import java.util.List;

/**
 * Application error: an alias of the request already belongs to another tenant. Names the aliases
 * only, never the other tenant or anything of it.
 */
public final class AliasInUseException extends RuntimeException {

  private final List<String> aliases;

  public AliasInUseException(List<String> aliases) {
    super(
        aliases.isEmpty()
            ? "an alias of this tenant is already used by another tenant"
            : (aliases.size() == 1 ? "alias " : "aliases ")
                + String.join(", ", aliases)
                + (aliases.size() == 1 ? " is" : " are")
                + " already used by another tenant");
    this.aliases = List.copyOf(aliases);
  }

  /** The aliases in use elsewhere; empty when the database reported the clash without naming it. */
  public List<String> aliases() {
    return aliases;
  }
}
