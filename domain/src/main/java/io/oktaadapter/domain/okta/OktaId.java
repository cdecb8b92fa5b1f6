package io.oktaadapter.domain.okta;

import io.oktaadapter.domain.InvalidFieldException;
import java.util.regex.Pattern;

/** Value object: the id Okta gave a resource (for example {@code 00g1emaKYZTWRYYRRTSK}). */
public record OktaId(String value) {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

  public OktaId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw InvalidFieldException.ofValue(
          "must be 1 to 100 letters, digits or the characters _ . : -");
    }
  }

  public static OktaId of(String value) {
    return new OktaId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
