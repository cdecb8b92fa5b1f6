package io.oktaadapter.adapters.out.okta;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.adapters.out.okta.OktaSimulatorResource.InjectSimulator;
import io.oktaadapter.application.port.out.okta.OktaGroups;
import io.oktaadapter.application.port.out.okta.OktaGroups.GroupDetails;
import io.oktaadapter.application.port.out.okta.OktaPolicies;
import io.oktaadapter.application.port.out.okta.OktaPolicies.MfaPolicyDetails;
import io.oktaadapter.application.port.out.okta.OktaTrustedOrigins;
import io.oktaadapter.application.port.out.okta.OktaTrustedOrigins.Scope;
import io.oktaadapter.application.port.out.okta.OktaTrustedOrigins.TrustedOriginDetails;
import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.simulator.OktaSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = OktaSimulatorResource.class, restrictToAnnotatedClass = false)
class OktaOrgSettingsTest {

  @Inject OktaTrustedOrigins origins;
  @Inject OktaPolicies policies;
  @Inject OktaGroups groups;
  @InjectSimulator OktaSimulator simulator;

  @BeforeEach
  void resetOrg() {
    simulator.reset();
  }

  @Test
  void givenCorsAndRedirectOrigin_create_isFoundByNameWithBothScopes() {
    var created =
        origins.create(
            new TrustedOriginDetails(
                "acme-portal", "https://acme.example.com", Set.of(Scope.CORS, Scope.REDIRECT)));

    assertThat(origins.findByName("acme-portal")).contains(created);
    assertThat(created.scopes()).containsExactlyInAnyOrder(Scope.CORS, Scope.REDIRECT);
  }

  @Test
  void givenOrigin_deleteTwice_removesItWithoutError() {
    var created =
        origins.create(
            new TrustedOriginDetails(
                "acme-portal", "https://acme.example.com", Set.of(Scope.CORS)));

    origins.delete(created.id());
    origins.delete(created.id());

    assertThat(origins.findByName("acme-portal")).isEmpty();
  }

  @Test
  void givenTenantGroup_createMfaPolicy_isFoundWithFactorRequired() {
    OktaId group = groups.create(new GroupDetails("acme-users", "")).id();

    var policy = policies.createMfaPolicy(new MfaPolicyDetails("acme-mfa", group, true));

    assertThat(policies.findMfaPolicyByName("acme-mfa")).contains(policy);
    assertThat(policy.factorRequired()).isTrue();
  }

  @Test
  void givenRequiredMfa_updateToOptional_isReadBackAsOptional() {
    OktaId group = groups.create(new GroupDetails("acme-users", "")).id();
    var policy = policies.createMfaPolicy(new MfaPolicyDetails("acme-mfa", group, true));

    policies.updateMfaPolicy(policy.id(), new MfaPolicyDetails("acme-mfa", group, false));

    assertThat(policies.findMfaPolicyByName("acme-mfa").orElseThrow().factorRequired()).isFalse();
  }

  @Test
  void givenPolicy_delete_removesIt() {
    OktaId group = groups.create(new GroupDetails("acme-users", "")).id();
    var policy = policies.createMfaPolicy(new MfaPolicyDetails("acme-mfa", group, false));

    policies.deleteMfaPolicy(policy.id());

    assertThat(policies.findMfaPolicyByName("acme-mfa")).isEmpty();
  }
}
