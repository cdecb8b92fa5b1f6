package io.oktaadapter.domain.app;

import io.oktaadapter.domain.InvalidFieldException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Value object: the base URL of an installation under one alias, such as {@code
 * https://acme.feedback.example.com/efs}. Always {@code https}, except {@code http://localhost} for
 * development; never a wildcard, query or fragment. Stored without a trailing slash.
 */
public record BaseUrl(String value) {

  public BaseUrl {
    if (value == null || value.isBlank()) {
      throw InvalidFieldException.ofValue("must not be empty");
    }
    value = value.trim();
    if (value.contains("*")) {
      throw InvalidFieldException.ofValue("must not contain wildcards");
    }
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw InvalidFieldException.ofValue("is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (host.isEmpty()) {
      throw InvalidFieldException.ofValue("must be an absolute URL with a host");
    }
    boolean local = host.equals("localhost") || host.equals("127.0.0.1");
    if (!scheme.equals("https") && !(scheme.equals("http") && local)) {
      throw InvalidFieldException.ofValue("must use https (http only for localhost)");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getUserInfo() != null) {
      throw InvalidFieldException.ofValue("must not carry user info, a query or a fragment");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    value = scheme + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path;
  }

  public static BaseUrl of(String value) {
    return new BaseUrl(value);
  }

  public String host() {
    return URI.create(value).getHost();
  }

  /** This URL with a path appended: {@code resolve("/login/callback")}. */
  public String resolve(String relativePath) {
    return value + (relativePath.startsWith("/") ? relativePath : "/" + relativePath);
  }

  @Override
  public String toString() {
    return value;
  }
}
