package io.oktaadapter.application.port.out.inline;

import io.oktaadapter.domain.tenant.TenantKey;
import java.time.Instant;

/**
 * Outbound port for the membership side of the inline-hook read model, written from Okta events.
 * Each write carries the event's publication time and never overwrites a newer state, so events
 * that arrive late or twice cannot undo a later change. Requires the caller's transaction.
 */
public interface MembershipStore {

  void setMembership(String userId, TenantKey tenant, boolean member, Instant asOf);

  void recordUser(String userId, String login, Instant asOf);

  /** The user left Okta (deactivated or deleted): forget the user and every membership. */
  void forgetUser(String userId, Instant asOf);
}
