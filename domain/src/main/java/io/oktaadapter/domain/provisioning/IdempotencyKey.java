package io.oktaadapter.domain.provisioning;

import io.oktaadapter.domain.InvalidFieldException;
import java.util.regex.Pattern;

/** Value object: a client's {@code Idempotency-Key}: 1 to 255 visible ASCII characters. */
public record IdempotencyKey(String value) {

  private static final Pattern SHAPE = Pattern.compile("[\\x21-\\x7e]{1,255}");

  public IdempotencyKey {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw InvalidFieldException.ofValue("must be 1 to 255 visible ASCII characters");
    }
  }
}
