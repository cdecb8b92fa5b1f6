package io.oktaadapter.adapters.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Persistence adapter helper: values of native-query rows and columns of bounded length. */
public final class NativeRows {

  private NativeRows() {}

  /**
   * A {@code timestamptz} column as an instant, whichever type the driver and Hibernate chose for
   * it.
   */
  public static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }

  /** {@code value} cut to at most {@code max} characters, for a column of that length. */
  public static String cut(String value, int max) {
    return value.length() > max ? value.substring(0, max) : value;
  }
}
