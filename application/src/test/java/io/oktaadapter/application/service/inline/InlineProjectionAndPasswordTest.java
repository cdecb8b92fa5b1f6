package io.oktaadapter.application.service.inline;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.in.events.ReceiveEventHookUseCase.DeliveryReceipt;
import io.oktaadapter.application.port.in.inline.VerifyLegacyPasswordUseCase.PasswordVerdict;
import io.oktaadapter.application.port.out.inline.LegacyPasswordHash;
import io.oktaadapter.application.port.out.inline.MembershipStore;
import io.oktaadapter.domain.event.EventDelivery;
import io.oktaadapter.domain.event.EventParty;
import io.oktaadapter.domain.event.OktaEvent;
import io.oktaadapter.domain.tenant.TenantKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InlineProjectionAndPasswordTest {

  private static final TenantKey ACME = TenantKey.of("acme");
  private static final Instant T = Instant.parse("2026-11-24T10:00:00Z");
  private final List<String> writes = new ArrayList<>();

  private final MembershipStore store =
      new MembershipStore() {
        @Override
        public Optional<TenantGroup> tenantGroup(String groupId) {
          return switch (groupId) {
            case "00gAcme" -> Optional.of(new TenantGroup(ACME, groupId, "acme-users"));
            case "00gAcmeAdmins" -> Optional.of(new TenantGroup(ACME, groupId, "acme-admins"));
            default -> Optional.empty();
          };
        }

        @Override
        public void setMembership(
            String userId, TenantGroup group, String role, boolean member, Instant asOf) {
          writes.add((member ? "+" : "-") + userId + "@" + group.tenant().value() + " as " + role);
        }

        @Override
        public int replaceMembers(
            TenantGroup group, String role, Map<String, String> members, Instant asOf) {
          throw new UnsupportedOperationException("not used by the projection");
        }

        @Override
        public void recordUser(String userId, String login, Instant asOf) {
          writes.add("user " + userId + " " + login);
        }

        @Override
        public void forgetUser(String userId, Instant asOf) {
          writes.add("gone " + userId);
        }
      };

  @Test
  void givenMembershipAndLifecycleEvents_receive_projectsThemAfterStoring() {
    var receipt = new DeliveryReceipt(3, 0, 0);
    var service = new ProjectMembershipEventsService(d -> receipt, store);

    var result =
        service.receive(
            new EventDelivery(
                "d1",
                "https://org.example",
                T,
                List.of(
                    event("e1", "group.user_membership.add", "00gAcme"),
                    event("e2", "group.user_membership.remove", "00gAcme"),
                    event("e3", "group.user_membership.add", "00gUnknown"),
                    event("e3b", "group.user_membership.add", "00gAcmeAdmins"),
                    event("e4", "user.lifecycle.deactivate", null))));

    assertThat(result).isSameAs(receipt);
    assertThat(writes)
        .containsExactly(
            "+00uJane@acme as member",
            "user 00uJane jane@acme.example",
            "-00uJane@acme as member",
            "user 00uJane jane@acme.example",
            "+00uJane@acme as admin",
            "user 00uJane jane@acme.example",
            "gone 00uJane");
  }

  private static OktaEvent event(String uuid, String type, String groupId) {
    List<EventParty> targets = new ArrayList<>();
    targets.add(new EventParty("00uJane", "User", "jane@acme.example", "Jane"));
    if (groupId != null) {
      targets.add(new EventParty(groupId, "UserGroup", null, "Group"));
    }
    return new OktaEvent(uuid, type, T, null, targets, "SUCCESS", "{}");
  }

  @Test
  void givenUnknownLogin_verifyPassword_isUnverifiedButStillChecksAHash() {
    List<String> checked = new ArrayList<>();
    var service =
        new VerifyLegacyPasswordService(
            login -> Optional.empty(),
            (hash, password) -> {
              checked.add(hash.scheme());
              return true;
            });

    assertThat(service.verify("nobody@example.com", "pw".toCharArray()))
        .isEqualTo(PasswordVerdict.UNVERIFIED);
    assertThat(checked).containsExactly("bcrypt");
  }

  @Test
  void givenMatchingHash_verifyPassword_isVerified() {
    var service =
        new VerifyLegacyPasswordService(
            login -> Optional.of(new LegacyPasswordHash("bcrypt", "$2a$...")),
            (hash, password) -> new String(password).equals("right"));

    assertThat(service.verify("a@example.com", "right".toCharArray()))
        .isEqualTo(PasswordVerdict.VERIFIED);
    assertThat(service.verify("a@example.com", "wrong".toCharArray()))
        .isEqualTo(PasswordVerdict.UNVERIFIED);
  }
}
