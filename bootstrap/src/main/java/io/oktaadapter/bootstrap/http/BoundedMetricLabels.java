package io.oktaadapter.bootstrap.http;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * HTTP adapter: keeps the {@code uri} label of the HTTP server metrics bounded. A request that no
 * resource matched (a method, media type or size refused before routing) would otherwise be
 * labelled with its raw path, so every distinct path (tenant keys, ids, an attacker's random
 * strings) would open a new series; such requests are labelled {@code UNMATCHED} instead. Route
 * templates ({@code /api/v1/tenants/{key}}) and Quarkus' own {@code NOT_FOUND} stay as they are.
 */
@Singleton
class BoundedMetricLabels {

  static final String UNMATCHED = "UNMATCHED";
  private static final Set<String> REFUSED_BEFORE_ROUTING =
      Set.of("405", "406", "413", "414", "415", "429", "431");

  @Produces
  @Singleton
  MeterFilter boundedUris() {
    return new MeterFilter() {
      @Override
      public Meter.Id map(Meter.Id id) {
        if (!id.getName().startsWith("http.server.")) {
          return id;
        }
        String uri = id.getTag("uri");
        String status = id.getTag("status");
        if (uri == null || uri.contains("{") || !REFUSED_BEFORE_ROUTING.contains(status)) {
          return id;
        }
        List<Tag> tags = new ArrayList<>();
        for (Tag t : id.getTagsAsIterable()) {
          tags.add(t.getKey().equals("uri") ? Tag.of("uri", UNMATCHED) : t);
        }
        return id.replaceTags(tags);
      }
    };
  }
}
