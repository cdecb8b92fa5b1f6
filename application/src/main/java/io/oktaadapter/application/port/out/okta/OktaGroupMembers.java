package io.oktaadapter.application.port.out.okta;

import io.oktaadapter.domain.okta.OktaId;

/** Outbound port for the membership of users in Okta groups. Failures are {@link OktaFailure}s. */
public interface OktaGroupMembers {

  /** Adds the user to the group; adding a member again is not an error. */
  void add(OktaId group, OktaId user);

  /** Removes the user from the group; removing a non-member is not an error. */
  void remove(OktaId group, OktaId user);
}
