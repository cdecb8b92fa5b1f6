package io.oktaadapter.adapters.out.okta;

import java.util.Locale;

/**
 * Okta REST adapter: the per-minute rate-limit buckets Okta counts Management API calls in, after
 * Okta's published table ({@code /api/v1/apps*}, {@code /api/v1/apps/{id}}, ...).
 */
enum OktaBucket {
  APPS,
  APP_BY_ID,
  GROUPS,
  GROUP_BY_ID,
  USERS,
  OTHER;

  private static final String API = "/api/v1/";

  /** The bucket a request path (without host and query) counts in. */
  static OktaBucket of(String path) {
    int start = path.indexOf(API);
    String rest = start < 0 ? "" : path.substring(start + API.length());
    String[] segments = rest.split("/");
    return switch (segments[0]) {
      case "apps" -> segments.length == 2 ? APP_BY_ID : APPS;
      case "groups" -> ofGroups(segments);
      case "users" -> segments.length == 1 ? USERS : OTHER;
      default -> OTHER;
    };
  }

  private static OktaBucket ofGroups(String[] segments) {
    if (segments.length == 1) {
      return GROUPS;
    }
    return segments.length == 2 && !segments[1].equals("rules") ? GROUP_BY_ID : OTHER;
  }

  /** The bucket's name as a metric tag, e.g. {@code group_by_id}. */
  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
