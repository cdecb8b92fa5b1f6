package io.oktaadapter.adapters.out.okta;

import io.micrometer.core.instrument.Metrics;
import io.oktaadapter.adapters.out.okta.RateLimitGovernor.Observation;
import jakarta.inject.Singleton;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Okta REST adapter: feeds the {@code X-Rate-Limit-*} headers of every Okta answer to the {@link
 * RateLimitGovernor}, with the answer's {@code Date} as Okta's clock.
 */
@Singleton
class RateLimitFilter implements ClientResponseFilter {

  static final String LIMIT = "X-Rate-Limit-Limit";
  static final String REMAINING = "X-Rate-Limit-Remaining";
  static final String RESET = "X-Rate-Limit-Reset";

  private final RateLimitGovernor governor;

  RateLimitFilter(RateLimitGovernor governor) {
    this.governor = governor;
  }

  @Override
  public void filter(ClientRequestContext request, ClientResponseContext response) {
    if (response.getHeaders() == null) {
      // The client also runs response filters when no answer came (timeout, refused).
      return;
    }
    String limit = response.getHeaderString(LIMIT);
    String remaining = response.getHeaderString(REMAINING);
    String reset = response.getHeaderString(RESET);
    if (limit == null || remaining == null || reset == null) {
      return;
    }
    try {
      Observation o =
          new Observation(
              Integer.parseInt(limit.trim()),
              Integer.parseInt(remaining.trim()),
              Long.parseLong(reset.trim()),
              serverEpochSecond(response.getHeaderString("Date")));
      OktaBucket bucket = OktaBucket.of(request.getUri().getPath());
      if (response.getStatus() == 429) {
        governor.observeRateLimited(bucket, o);
        // Quarkus' registry is part of the global one (alert rule OktaAdapterOktaRateLimited).
        Metrics.counter("okta_adapter_okta_rate_limited", "bucket", bucket.tag()).increment();
      } else {
        governor.observe(bucket, o);
      }
    } catch (NumberFormatException malformed) {
      // A proxy's answer, not Okta's: nothing to learn.
    }
  }

  private static long serverEpochSecond(String date) {
    if (date == null) {
      return System.currentTimeMillis() / 1000;
    }
    try {
      return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
    } catch (DateTimeParseException e) {
      return System.currentTimeMillis() / 1000;
    }
  }
}
