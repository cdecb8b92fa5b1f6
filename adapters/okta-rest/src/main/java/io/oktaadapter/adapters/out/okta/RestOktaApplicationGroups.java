package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.adapters.out.okta.AppsApi.AssignmentJson;
import io.oktaadapter.application.port.out.okta.OktaApplicationGroups;
import io.oktaadapter.domain.okta.OktaId;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.GenericType;
import java.util.List;
import java.util.Map;

/** Okta REST adapter: {@link OktaApplicationGroups} over {@code /api/v1/apps/{id}/groups}. */
@Singleton
class RestOktaApplicationGroups implements OktaApplicationGroups {

  private static final GenericType<List<AssignmentJson>> LIST = new GenericType<>() {};

  private final AppsApi api;
  private final OktaCalls calls;
  private final OktaPages pages;
  private final int pageSize;

  RestOktaApplicationGroups(AppsApi api, OktaCalls calls, OktaPages pages, OktaConfig config) {
    this.api = api;
    this.calls = calls;
    this.pages = pages;
    this.pageSize = config.pageSize();
  }

  @Override
  public void assign(OktaId applicationId, OktaId groupId) {
    calls.repeatable(
        OktaBucket.APPS, () -> api.assign(applicationId.value(), groupId.value(), Map.of()));
  }

  @Override
  public void unassign(OktaId applicationId, OktaId groupId) {
    NotFound.ignored(
        () ->
            calls.repeatable(
                OktaBucket.APPS, () -> api.unassign(applicationId.value(), groupId.value())));
  }

  @Override
  public List<OktaId> assignedGroups(OktaId applicationId) {
    return pages
        .all(OktaBucket.APPS, () -> api.assignments(applicationId.value(), pageSize), LIST)
        .stream()
        .map(a -> OktaId.of(a.id()))
        .toList();
  }
}
