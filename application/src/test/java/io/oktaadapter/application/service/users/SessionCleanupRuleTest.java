package io.oktaadapter.application.service.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.out.users.SessionCleanupQueue;
import io.oktaadapter.domain.event.EventParty;
import io.oktaadapter.domain.event.OktaEvent;
import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.domain.tenant.TenantKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionCleanupRuleTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private final List<String> queued = new ArrayList<>();
  private final SessionCleanupQueue queue =
      new SessionCleanupQueue() {
        @Override
        public void enqueue(OktaId userId, String reason, String eventUuid, Instant now) {
          queued.add(userId.value() + ":" + reason);
        }

        @Override
        public List<QueuedCleanup> claimDue(int limit, Duration lease, Instant now) {
          return List.of();
        }

        @Override
        public void done(long id) {}

        @Override
        public void retryLater(long id, String error, Instant retryAt) {}
      };

  private SessionCleanupRule rule(boolean enabled) {
    return new SessionCleanupRule(
        enabled,
        ids -> ids.contains("00gTenant") ? Optional.of(TenantKey.of("acme")) : Optional.empty(),
        queue,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static OktaEvent event(String type, EventParty... targets) {
    return new OktaEvent("e-" + type, type, NOW, null, List.of(targets), "SUCCESS", "{}");
  }

  private static EventParty user(String id) {
    return new EventParty(id, "User", "u@acme.com", "U");
  }

  private static EventParty group(String id) {
    return new EventParty(id, "UserGroup", "g", "G");
  }

  @Test
  void givenDeactivatedOrSuspendedUser_apply_queuesCleanup() {
    rule(true).apply(event("user.lifecycle.deactivate", user("00u1")));
    rule(true).apply(event("user.lifecycle.suspend", user("00u2")));
    rule(true).apply(event("user.session.start", user("00u3")));

    assertThat(queued)
        .containsExactly("00u1:user.lifecycle.deactivate", "00u2:user.lifecycle.suspend");
  }

  @Test
  void givenGroupRemoval_apply_queuesOnlyForTenantGroups() {
    rule(true).apply(event("group.user_membership.remove", user("00u1"), group("00gTenant")));
    rule(true).apply(event("group.user_membership.remove", user("00u2"), group("00gOther")));

    assertThat(queued).containsExactly("00u1:group.user_membership.remove");
  }

  @Test
  void givenRuleDisabled_apply_queuesNothing() {
    rule(false).apply(event("user.lifecycle.deactivate", user("00u1")));

    assertThat(queued).isEmpty();
  }
}
