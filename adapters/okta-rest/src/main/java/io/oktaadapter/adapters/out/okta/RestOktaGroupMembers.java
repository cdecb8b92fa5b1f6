package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.application.port.out.okta.OktaGroupMembers;
import io.oktaadapter.domain.okta.OktaId;
import jakarta.inject.Singleton;

/** Okta REST adapter: {@link OktaGroupMembers} over {@code /api/v1/groups/{id}/users/{userId}}. */
@Singleton
class RestOktaGroupMembers implements OktaGroupMembers {

  private final GroupsApi api;
  private final OktaCalls calls;

  RestOktaGroupMembers(GroupsApi api, OktaCalls calls) {
    this.api = api;
    this.calls = calls;
  }

  // Okta's membership PUT and DELETE end in the same state when repeated.
  @Override
  public void add(OktaId group, OktaId user) {
    calls.repeatable(OktaBucket.OTHER, () -> api.addUser(group.value(), user.value()));
  }

  @Override
  public void remove(OktaId group, OktaId user) {
    calls.repeatable(OktaBucket.OTHER, () -> api.removeUser(group.value(), user.value()));
  }
}
