package io.oktaadapter.domain.tenant;

import io.oktaadapter.domain.InvalidFieldException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Value object: a host name under which a tenant's installations are reached (for example {@code
 * acme.feedback.example.com}). Stored in lowercase; no scheme, port, path or wildcard.
 */
public record Alias(String host) implements Comparable<Alias> {

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  public Alias {
    if (host == null || host.isBlank()) {
      throw InvalidFieldException.ofValue("must not be empty");
    }
    host = host.trim().toLowerCase(Locale.ROOT);
    if (host.length() > 253) {
      throw InvalidFieldException.ofValue("must be at most 253 characters long");
    }
    if (host.contains("*")) {
      throw InvalidFieldException.ofValue("must not contain wildcards");
    }
    if (host.contains("://") || host.contains("/") || host.contains(":")) {
      throw InvalidFieldException.ofValue("must be a bare host name, without scheme, port or path");
    }
    String[] labels = host.split("\\.", -1);
    if (labels.length < 2 && !host.equals("localhost")) {
      throw InvalidFieldException.ofValue(
          "must be a fully qualified host name such as acme.example.com");
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        throw InvalidFieldException.ofValue(
            "is not a valid host name: each dot-separated label must be 1 to 63 letters, digits"
                + " or inner hyphens");
      }
    }
  }

  public static Alias of(String host) {
    return new Alias(host);
  }

  @Override
  public int compareTo(Alias other) {
    return host.compareTo(other.host);
  }

  @Override
  public String toString() {
    return host;
  }
}
