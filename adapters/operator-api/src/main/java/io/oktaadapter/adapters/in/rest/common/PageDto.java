package io.oktaadapter.adapters.in.rest.common;

import io.oktaadapter.application.common.Page;
import java.util.List;
import java.util.function.Function;

/** REST adapter: one page of a listing, with the totals needed to page through it. */
public record PageDto<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

  public static <D, T> PageDto<T> of(Page<D> page, Function<D, T> mapper) {
    return new PageDto<>(
        page.items().stream().map(mapper).toList(),
        page.page(),
        page.size(),
        page.totalItems(),
        page.totalPages());
  }
}
