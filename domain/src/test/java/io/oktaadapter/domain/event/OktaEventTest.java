package io.oktaadapter.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktaadapter.domain.InvalidFieldException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OktaEventTest {

  private static final Instant T = Instant.parse("2026-11-24T10:00:00Z");
  private static final EventParty ADMIN =
      new EventParty("00uAdmin", "User", "admin@x.com", "Admin");
  private static final EventParty JANE = new EventParty("00uJane", "User", "jane@x.com", "Jane");
  private static final EventParty GROUP = new EventParty("00gUsers", "UserGroup", "users", "Users");

  @Test
  void givenUserTarget_keyAndSubject_areTheAffectedUserNotTheActor() {
    OktaEvent e =
        new OktaEvent(
            "u1", "group.user_membership.add", T, ADMIN, List.of(GROUP, JANE), "SUCCESS", "{}");

    assertThat(e.partitionKey()).isEqualTo("00uJane");
    assertThat(e.subjectId()).contains("00uJane");
    assertThat(e.targetIds()).containsExactly("00gUsers", "00uJane");
  }

  @Test
  void givenOnlyGroupTarget_subject_isTheGroupAndKeyTheActor() {
    OktaEvent e = new OktaEvent("u1", "group.profile.update", T, ADMIN, List.of(GROUP), null, "{}");

    assertThat(e.subjectId()).contains("00gUsers");
    assertThat(e.partitionKey()).isEqualTo("00uAdmin");
  }

  @Test
  void givenNullActorAndTargets_keyFallsBackToTheUuid() {
    OktaEvent e = new OktaEvent("u1", "system.import.start", T, null, null, null, "{}");

    assertThat(e.partitionKey()).isEqualTo("u1");
    assertThat(e.subjectId()).isEmpty();
    assertThat(e.targets()).isEmpty();
  }

  @Test
  void givenMissingFields_create_namesEachUnderItsIndex() {
    assertThatThrownBy(
            () ->
                OktaEvent.atIndex(
                    2, () -> new OktaEvent(null, "bad type!", null, null, null, null, "{}")))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            ex ->
                assertThat(ex.violations())
                    .extracting(v -> v.field())
                    .containsExactly(
                        "data.events[2].uuid",
                        "data.events[2].eventType",
                        "data.events[2].published"));
  }
}
