package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.adapters.out.okta.TrustedOriginsApi.TrustedOriginJson;
import io.oktaadapter.application.port.out.okta.OktaTrustedOrigins;
import io.oktaadapter.domain.okta.OktaId;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.GenericType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Okta REST adapter: {@link OktaTrustedOrigins} over {@code /api/v1/trustedOrigins}. */
@Singleton
class RestOktaTrustedOrigins implements OktaTrustedOrigins {

  private static final GenericType<List<TrustedOriginJson>> LIST = new GenericType<>() {};

  private final TrustedOriginsApi api;
  private final OktaCalls calls;
  private final OktaPages pages;
  private final int pageSize;

  RestOktaTrustedOrigins(
      TrustedOriginsApi api, OktaCalls calls, OktaPages pages, OktaConfig config) {
    this.api = api;
    this.calls = calls;
    this.pages = pages;
    this.pageSize = config.pageSize();
  }

  @Override
  public TrustedOrigin create(TrustedOriginDetails details) {
    return calls.createOrFind(
        OktaBucket.OTHER,
        () -> toOrigin(api.create(toJson(details))),
        () -> findByName(details.name()));
  }

  @Override
  public Optional<TrustedOrigin> findByName(String name) {
    return pages
        .first(OktaBucket.OTHER, () -> api.search(name, pageSize), LIST, o -> name.equals(o.name()))
        .map(RestOktaTrustedOrigins::toOrigin);
  }

  @Override
  public TrustedOrigin update(OktaId id, TrustedOriginDetails details) {
    return toOrigin(
        calls.repeatable(OktaBucket.OTHER, () -> api.update(id.value(), toJson(details))));
  }

  @Override
  public void delete(OktaId id) {
    NotFound.ignored(() -> calls.repeatable(OktaBucket.OTHER, () -> api.delete(id.value())));
  }

  private static TrustedOriginJson toJson(TrustedOriginDetails details) {
    List<TrustedOriginJson.ScopeJson> scopes =
        details.scopes().stream()
            .sorted()
            .map(s -> new TrustedOriginJson.ScopeJson(s.name()))
            .toList();
    return new TrustedOriginJson(null, details.name(), details.origin(), null, scopes);
  }

  private static TrustedOrigin toOrigin(TrustedOriginJson json) {
    return new TrustedOrigin(
        OktaId.of(json.id()),
        json.name(),
        json.origin(),
        json.scopes().stream()
            .map(s -> Scope.valueOf(s.type()))
            .collect(Collectors.toUnmodifiableSet()));
  }
}
