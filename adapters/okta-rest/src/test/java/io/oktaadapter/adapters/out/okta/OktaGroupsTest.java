package io.oktaadapter.adapters.out.okta;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.adapters.out.okta.OktaSimulatorResource.InjectSimulator;
import io.oktaadapter.application.port.out.okta.OktaGroupRules;
import io.oktaadapter.application.port.out.okta.OktaGroupRules.GroupRuleDetails;
import io.oktaadapter.application.port.out.okta.OktaGroups;
import io.oktaadapter.application.port.out.okta.OktaGroups.GroupDetails;
import io.oktaadapter.application.port.out.okta.OktaGroups.OktaGroup;
import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.simulator.OktaSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = OktaSimulatorResource.class, restrictToAnnotatedClass = false)
class OktaGroupsTest {

  @Inject OktaGroups groups;
  @Inject OktaGroupRules rules;
  @InjectSimulator OktaSimulator simulator;

  @BeforeEach
  void resetOrg() {
    simulator.reset();
  }

  @Test
  void givenNewGroup_create_returnsItWithOktasId() {
    OktaGroup group = groups.create(new GroupDetails("acme-users", "Acme's users"));

    assertThat(group.id().value()).startsWith("00g");
    assertThat(groups.find(group.id())).contains(group);
  }

  @Test
  void givenSeveralGroups_findByName_returnsOnlyTheExactName() {
    groups.create(new GroupDetails("acme-users", ""));
    OktaGroup wanted = groups.create(new GroupDetails("acme", ""));

    assertThat(groups.findByName("acme")).contains(wanted);
    assertThat(groups.findByName("nobody")).isEmpty();
  }

  @Test
  void givenGroup_update_changesItsProfile() {
    OktaGroup group = groups.create(new GroupDetails("acme-users", "old"));

    OktaGroup updated = groups.update(group.id(), new GroupDetails("acme-users", "new"));

    assertThat(updated.description()).isEqualTo("new");
    assertThat(groups.find(group.id()).orElseThrow().description()).isEqualTo("new");
  }

  @Test
  void givenDeletedGroup_deleteAgain_isNoError() {
    OktaGroup group = groups.create(new GroupDetails("acme-users", ""));

    groups.delete(group.id());
    groups.delete(group.id());

    assertThat(groups.find(group.id())).isEmpty();
  }

  @Test
  void givenUnknownId_find_isEmpty() {
    assertThat(groups.find(OktaId.of("00gunknown0000000000"))).isEmpty();
  }

  @Test
  void givenRule_lifecycle_goesFromInactiveToActiveAndBackThenDeleted() {
    OktaGroup group = groups.create(new GroupDetails("acme-users", ""));
    var rule =
        rules.create(
            new GroupRuleDetails("acme-members", "user.tenant==\"acme\"", List.of(group.id())));
    assertThat(rule.active()).isFalse();

    rules.activate(rule.id());
    assertThat(rules.find(rule.id()).orElseThrow().active()).isTrue();
    rules.deactivate(rule.id());
    rules.delete(rule.id());

    assertThat(rules.find(rule.id())).isEmpty();
  }
}
