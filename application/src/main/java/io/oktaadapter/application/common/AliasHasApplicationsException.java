package io.oktaadapter.application.common;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Application error: a request removes aliases that applications of the tenant still have base URLs
 * (and so redirect URIs) on. Refused, never left behind: the applications must be moved off the
 * aliases first (ADR 0010). Names the aliases and the applications' ids.
 */
public final class AliasHasApplicationsException extends RuntimeException {

  private final Map<String, List<String>> applicationsByAlias;

  public AliasHasApplicationsException(Map<String, List<String>> applicationsByAlias) {
    super(message(applicationsByAlias));
    this.applicationsByAlias = Map.copyOf(new TreeMap<>(applicationsByAlias));
  }

  /** Each alias to remove, with the ids of the applications that still use it. */
  public Map<String, List<String>> applicationsByAlias() {
    return new TreeMap<>(applicationsByAlias);
  }

  private static String message(Map<String, List<String>> byAlias) {
    return new TreeMap<>(byAlias)
            .entrySet().stream()
                .map(e -> "alias " + e.getKey() + " is used by applications " + e.getValue())
                .collect(Collectors.joining("; "))
        + ": move their base URLs to another alias before removing it";
  }
}
