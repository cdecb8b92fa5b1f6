package io.oktaadapter.domain.tenant;

import io.oktaadapter.domain.InvalidFieldException;
import java.util.regex.Pattern;

/**
 * Value object: the stable key of a tenant, a lowercase slug of 3 to 40 characters (letters,
 * digits, single hyphens; starting with a letter). It names the tenant's Okta resources, so it
 * never changes.
 */
public record TenantKey(String value) implements Comparable<TenantKey> {

  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public TenantKey {
    if (value == null || value.isBlank()) {
      throw InvalidFieldException.ofValue("must not be empty");
    }
    if (value.length() < 3 || value.length() > 40) {
      throw InvalidFieldException.ofValue("must be 3 to 40 characters long, was " + value.length());
    }
    if (!SLUG.matcher(value).matches()) {
      throw InvalidFieldException.ofValue(
          "must be a lowercase slug: a-z, 0-9 and single hyphens, starting with a letter");
    }
  }

  public static TenantKey of(String value) {
    return new TenantKey(value);
  }

  @Override
  public int compareTo(TenantKey other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
