package io.oktaadapter.adapters.out.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktaadapter.adapters.out.okta.OktaSimulatorResource.InjectSimulator;
import io.oktaadapter.application.port.out.okta.OktaFailure;
import io.oktaadapter.application.port.out.okta.OktaGroupRules;
import io.oktaadapter.application.port.out.okta.OktaGroupRules.GroupRuleDetails;
import io.oktaadapter.application.port.out.okta.OktaGroups;
import io.oktaadapter.application.port.out.okta.OktaGroups.GroupDetails;
import io.oktaadapter.application.port.out.okta.OktaPolicies;
import io.oktaadapter.application.port.out.okta.OktaPolicies.MfaPolicyDetails;
import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.simulator.Fault;
import io.oktaadapter.simulator.FaultType;
import io.oktaadapter.simulator.OktaSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = OktaSimulatorResource.class, restrictToAnnotatedClass = false)
class OktaFailuresTest {

  @Inject OktaGroups groups;
  @Inject OktaGroupRules rules;
  @Inject OktaPolicies policies;
  @Inject SwitchableCredentials credentials;
  @InjectSimulator OktaSimulator simulator;

  @BeforeEach
  void resetOrg() {
    simulator.reset();
  }

  @AfterEach
  void restoreToken() {
    credentials.restore();
  }

  @Test
  void givenAdminWithoutPermission_find_failsAsForbidden() {
    OktaId id = groups.create(new GroupDetails("acme", "")).id();
    simulator.addFault(Fault.forbidden("GET /api/v1/groups/*", 1));

    assertThatThrownBy(() -> groups.find(id))
        .isInstanceOfSatisfying(
            OktaFailure.Forbidden.class, e -> assertThat(e.errorCode()).contains("E0000006"));
  }

  @Test
  void givenRevokedToken_find_failsAsUnauthorizedWithoutShowingTheToken() {
    credentials.revoke();

    assertThatThrownBy(() -> groups.find(OktaId.of("00gunknown0000000000")))
        .isInstanceOfSatisfying(
            OktaFailure.Unauthorized.class, e -> assertThat(e.errorCode()).contains("E0000011"))
        .hasMessageNotContaining("revoked-token");
  }

  @Test
  void givenGroupWithoutName_create_failsAsValidationWithOktasCauses() {
    assertThatThrownBy(() -> groups.create(new GroupDetails("", "")))
        .isInstanceOfSatisfying(
            OktaFailure.Validation.class,
            e -> {
              assertThat(e.errorCode()).contains("E0000001");
              assertThat(e.causes()).isNotEmpty();
            });
  }

  @Test
  void givenTakenName_create_failsAsAlreadyExists() {
    groups.create(new GroupDetails("acme", ""));

    assertThatThrownBy(() -> groups.create(new GroupDetails("acme", "")))
        .isInstanceOfSatisfying(
            OktaFailure.AlreadyExists.class,
            e -> assertThat(e.causes()).anyMatch(c -> c.contains("already exists")));
  }

  @Test
  void givenUnknownGroup_update_failsAsNotFound() {
    assertThatThrownBy(
            () -> groups.update(OktaId.of("00gunknown0000000000"), new GroupDetails("x", "")))
        .isInstanceOfSatisfying(
            OktaFailure.NotFound.class, e -> assertThat(e.errorCode()).contains("E0000007"));
  }

  @Test
  void givenOneServerError_find_isRetriedAndSucceeds() {
    OktaId id = groups.create(new GroupDetails("acme", "")).id();
    simulator.addFault(Fault.serverError("GET /api/v1/groups/*", 1));

    assertThat(groups.find(id)).isPresent();
  }

  @Test
  void givenServerErrorsBeyondTheRetries_find_failsAsTransient() {
    OktaId id = groups.create(new GroupDetails("acme", "")).id();
    simulator.addFault(new Fault("GET /api/v1/groups/*", 1, FaultType.SERVER_ERROR, 0, 3));

    assertThatThrownBy(() -> groups.find(id))
        .isInstanceOfSatisfying(
            OktaFailure.Transient.class, e -> assertThat(e.errorCode()).contains("E0000009"));
  }

  @Test
  void givenServerErrorOnGroupCreate_create_looksThenCreatesExactlyOneGroup() {
    simulator.addFault(Fault.serverError("POST /api/v1/groups", 1));

    groups.create(new GroupDetails("acme", ""));

    assertThat(groups.findByName("acme")).isPresent();
    assertThat(simulator.dumpState().split("\"acme\"", -1)).hasSize(2);
  }

  @Test
  void givenCreateWhoseAnswerIsLost_create_looksThenLeavesExactlyOneGroup() throws Exception {
    simulator.addFault(Fault.hang("POST /api/v1/groups", 1, 1500));

    groups.create(new GroupDetails("acme", ""));
    Thread.sleep(700);

    assertThat(groups.findByName("acme")).isPresent();
    assertThat(simulator.dumpState().split("\"acme\"", -1)).hasSize(2);
  }

  @Test
  void givenServerErrorOnMfaRuleCreate_createMfaPolicy_looksThenCreatesExactlyOneRule() {
    OktaId group = groups.create(new GroupDetails("acme-users", "")).id();
    simulator.addFault(Fault.serverError("POST /api/v1/policies/*/rules", 1));

    var policy = policies.createMfaPolicy(new MfaPolicyDetails("acme-mfa", group, true));

    assertThat(simulator.dumpState().split("\"acme-mfa rule\"", -1)).hasSize(2);
    assertThat(policies.findMfaPolicyByName("acme-mfa")).contains(policy);
  }

  @Test
  void givenServerErrorOnRuleCreate_create_failsWithoutRepeatingThePost() {
    OktaId group = groups.create(new GroupDetails("acme", "")).id();
    simulator.addFault(Fault.serverError("POST /api/v1/groups/rules", 1));
    AtomicInteger posts = new AtomicInteger();
    simulator.addExchangeListener(
        e -> {
          if (e.method().equals("POST") && e.path().equals("/api/v1/groups/rules")) {
            posts.incrementAndGet();
          }
        });

    assertThatThrownBy(
            () -> rules.create(new GroupRuleDetails("r", "user.x==\"y\"", List.of(group))))
        .isInstanceOf(OktaFailure.Transient.class);
    assertThat(posts).hasValue(1);
  }
}
