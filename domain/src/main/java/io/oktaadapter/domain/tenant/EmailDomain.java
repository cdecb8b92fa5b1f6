package io.oktaadapter.domain.tenant;

import io.oktaadapter.domain.InvalidFieldException;
import java.util.Locale;

/**
 * Value object: an e-mail domain from which a tenant accepts self-service registration (the part
 * after the {@code @}, such as {@code acme.example}). Stored in lowercase; a fully qualified host
 * name, no wildcard, no {@code @}.
 */
public record EmailDomain(String value) implements Comparable<EmailDomain> {

  public EmailDomain {
    if (value == null || value.isBlank()) {
      throw InvalidFieldException.ofValue("must not be empty");
    }
    value = value.trim().toLowerCase(Locale.ROOT);
    if (value.contains("@")) {
      throw InvalidFieldException.ofValue(
          "must be the domain after the @ (such as acme.example), not an address");
    }
    if (value.equals("localhost")) {
      throw InvalidFieldException.ofValue("must be a fully qualified domain such as acme.example");
    }
    // The same rules as an alias: labels of letters, digits and inner hyphens, no wildcard.
    new Alias(value);
  }

  public static EmailDomain of(String value) {
    return new EmailDomain(value);
  }

  /** The domain of an e-mail address, or {@code null} when it has none. */
  public static String domainOf(String address) {
    if (address == null || address.lastIndexOf('@') < 0) {
      return null;
    }
    return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
  }

  @Override
  public int compareTo(EmailDomain other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
