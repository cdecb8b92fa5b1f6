package io.oktaadapter.application.common;

import io.oktaadapter.domain.Validation;

/**
 * Query value: which page of a listing to return, zero-based, with at most {@link #MAX_SIZE} items.
 */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    Validation v = new Validation();
    if (page < 0) {
      v.reject("page", "must be 0 or greater");
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
