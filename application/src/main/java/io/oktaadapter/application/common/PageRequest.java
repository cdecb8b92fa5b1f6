package io.oktaadapter.application.common;

import io.oktaadapter.domain.Validation;

/**
 * Query value: which page of a listing to return, zero-based, with at most {@link #MAX_SIZE} items.
 */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  /** The last page whose first row an int offset still reaches, whatever the size. */
  public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

  public PageRequest {
    Validation v = new Validation();
    if (page < 0 || page > MAX_PAGE) {
      v.reject("page", "must be between 0 and " + MAX_PAGE);
    }
    if (size < 1 || size > MAX_SIZE) {
      v.reject("size", "must be between 1 and " + MAX_SIZE);
    }
    v.throwIfInvalid();
  }

  public long offset() {
    return (long) page * size;
  }
}
