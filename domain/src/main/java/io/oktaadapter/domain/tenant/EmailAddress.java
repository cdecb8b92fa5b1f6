package io.oktaadapter.domain.tenant;

import io.oktaadapter.domain.InvalidFieldException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Value object: an e-mail address of a person to notify (for example a tenant admin contact). */
public record EmailAddress(String value) {

  // Deliberately simple: local part without spaces, a domain with at least one dot.
  private static final Pattern SHAPE =
      Pattern.compile(
          "[^@\\s]{1,64}@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

  public EmailAddress {
    if (value == null || value.isBlank()) {
      throw InvalidFieldException.ofValue("must not be empty");
    }
    value = value.trim();
    int at = value.lastIndexOf('@');
    if (at > 0) {
      value = value.substring(0, at) + value.substring(at).toLowerCase(Locale.ROOT);
    }
    if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
      throw InvalidFieldException.ofValue("must be an e-mail address such as admin@example.com");
    }
  }

  public static EmailAddress of(String value) {
    return new EmailAddress(value);
  }

  public String domain() {
    return value.substring(value.lastIndexOf('@') + 1);
  }

  @Override
  public String toString() {
    return value;
  }
}
