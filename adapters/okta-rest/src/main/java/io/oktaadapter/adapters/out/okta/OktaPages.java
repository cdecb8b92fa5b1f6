package io.oktaadapter.adapters.out.okta;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Okta REST adapter: reads a list across its pages by following the {@code Link: <...>; rel="next"}
 * header exactly as Okta sent it, never building cursor URLs itself.
 */
@Singleton
class OktaPages {

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

  private final OktaCalls calls;
  private final NextPageApi nextPages;

  OktaPages(OktaCalls calls, NextPageApi nextPages) {
    this.calls = calls;
    this.nextPages = nextPages;
  }

  /** Every item of the list whose first page {@code firstPage} asks for. */
  <T> List<T> all(OktaBucket bucket, Supplier<Response> firstPage, GenericType<List<T>> type) {
    return collect(bucket, firstPage, type, item -> false);
  }

  /** The first item, across pages, that matches; stops reading pages once found. */
  <T> Optional<T> first(
      OktaBucket bucket,
      Supplier<Response> firstPage,
      GenericType<List<T>> type,
      Predicate<T> matches) {
    return collect(bucket, firstPage, type, matches).stream().filter(matches).findFirst();
  }

  private <T> List<T> collect(
      OktaBucket bucket,
      Supplier<Response> firstPage,
      GenericType<List<T>> type,
      Predicate<T> stopAt) {
    List<T> items = new ArrayList<>();
    Page<T> page = calls.repeatable(bucket, () -> read(firstPage.get(), type));
    while (true) {
      items.addAll(page.items());
      if (page.next().isEmpty() || page.items().stream().anyMatch(stopAt)) {
        return items;
      }
      String next = page.next().get();
      page = calls.repeatable(bucket, () -> read(nextPages.get(next), type));
    }
  }

  private static <T> Page<T> read(Response response, GenericType<List<T>> type) {
    try (response) {
      List<T> items = response.readEntity(type);
      return new Page<>(items == null ? List.of() : items, next(response));
    }
  }

  static Optional<String> next(Response response) {
    List<Object> links = response.getHeaders().get("Link");
    if (links == null) {
      return Optional.empty();
    }
    for (Object link : links) {
      for (String part : String.valueOf(link).split(",(?=\\s*<)")) {
        Matcher m = NEXT.matcher(part.trim());
        if (m.matches()) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }

  private record Page<T>(List<T> items, Optional<String> next) {}

  /** Okta REST adapter: fetches a page by the absolute URL of Okta's {@code next} link. */
  interface NextPageApi {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Response get(@io.quarkus.rest.client.reactive.Url String url);
  }
}
