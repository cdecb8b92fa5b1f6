package io.oktaadapter.simulator;

/** Simulator rate limiting: the per-minute buckets Okta groups Management API endpoints into. */
public enum RateBucket {
  /** {@code /api/v1/apps} and its sub-resources. */
  APPS,
  /** {@code /api/v1/apps/{id}}. */
  APP_BY_ID,
  /** {@code /api/v1/groups} (create and list). */
  GROUPS,
  /** {@code /api/v1/groups/{id}}. */
  GROUP_BY_ID,
  /** {@code /api/v1/users} (create and list). */
  USERS,
  /** {@code /api/v1/logs}. */
  LOGS,
  /** Every other {@code /api/v1} endpoint. */
  OTHER;

  /** Classifies a request path the way Okta's rate-limit table does. */
  public static RateBucket classify(String path) {
    String rest = path.startsWith("/api/v1/") ? path.substring("/api/v1/".length()) : "";
    String[] segments = rest.split("/");
    return switch (segments[0]) {
      case "apps" -> segments.length == 2 ? APP_BY_ID : APPS;
      case "groups" -> {
        if (segments.length == 1) {
          yield GROUPS;
        }
        yield segments.length == 2 && !segments[1].equals("rules") ? GROUP_BY_ID : OTHER;
      }
      case "users" -> segments.length == 1 ? USERS : OTHER;
      case "logs" -> LOGS;
      default -> OTHER;
    };
  }
}
