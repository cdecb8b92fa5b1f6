package io.oktaadapter.domain.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.domain.app.AppTemplate;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.app.ApplicationKind;
import io.oktaadapter.domain.app.BaseUrl;
import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.okta.OktaResourceType;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvisioningPlanTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  private static Tenant tenant(String mfa, String... aliases) {
    return TenantSpec.parse("acme", "ACME", List.of(aliases), List.of("a@acme.example"), mfa)
        .register(NOW);
  }

  /** The records a successful run of the plan leaves behind. */
  private static List<OktaResource> recordedAfter(Tenant tenant) {
    List<OktaResource> recorded = new ArrayList<>();
    int n = 0;
    for (ResourceSpec spec : TenantResources.desired(tenant)) {
      recorded.add(
          new OktaResource(
              spec.type(),
              OktaId.of("id" + n++),
              spec.name(),
              tenant.key(),
              null,
              spec.fingerprint()));
    }
    return recorded;
  }

  private static List<String> describe(ProvisioningPlan plan) {
    return plan.steps().stream().map(s -> s.action() + " " + s.name()).toList();
  }

  @Test
  void givenNothingRecorded_plan_createsEveryResourceInDependencyOrder() {
    Tenant t = tenant("REQUIRED", "b.example.com", "a.example.com");

    var plan = ProvisioningPlan.between(TenantResources.desired(t), List.of());

    assertThat(describe(plan))
        .containsExactly(
            "CREATE acme-users",
            "CREATE acme-admins",
            "CREATE acme-users-rule",
            "CREATE acme-origin-a.example.com",
            "CREATE acme-origin-b.example.com",
            "CREATE acme-mfa");
  }

  @Test
  void givenEverythingRecorded_plan_isEmpty() {
    Tenant t = tenant("OFF", "a.example.com");

    assertThat(ProvisioningPlan.between(TenantResources.desired(t), recordedAfter(t)).isEmpty())
        .isTrue();
  }

  @Test
  void givenAliasAddedAndRemoved_plan_createsTheNewOriginAndDeletesTheOldOne() {
    List<OktaResource> recorded = recordedAfter(tenant("OFF", "a.example.com", "b.example.com"));
    Tenant changed = tenant("OFF", "b.example.com", "c.example.com");

    var plan = ProvisioningPlan.between(TenantResources.desired(changed), recorded);

    assertThat(describe(plan))
        .containsExactly("CREATE acme-origin-c.example.com", "DELETE acme-origin-a.example.com");
  }

  @Test
  void givenMfaToggled_plan_createsChangesAndDeletesThePolicy() {
    Tenant off = tenant("OFF", "a.example.com");
    Tenant optional = tenant("OPTIONAL", "a.example.com");
    Tenant required = tenant("REQUIRED", "a.example.com");

    assertThat(
            describe(
                ProvisioningPlan.between(TenantResources.desired(optional), recordedAfter(off))))
        .containsExactly("CREATE acme-mfa");
    assertThat(
            ProvisioningPlan.between(TenantResources.desired(required), recordedAfter(optional))
                .steps())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.action()).isEqualTo(StepAction.UPDATE);
              assertThat(s.type()).isEqualTo(OktaResourceType.SIGN_ON_POLICY);
            });
    assertThat(
            describe(
                ProvisioningPlan.between(TenantResources.desired(off), recordedAfter(required))))
        .containsExactly("DELETE acme-mfa");
  }

  @Test
  void givenRecordedResources_removal_deletesInReverseDependencyOrder() {
    var plan = ProvisioningPlan.removal(recordedAfter(tenant("REQUIRED", "a.example.com")));

    assertThat(plan.steps()).allMatch(s -> s.action() == StepAction.DELETE);
    assertThat(plan.steps().stream().map(PlanStep::type).toList())
        .containsExactly(
            OktaResourceType.SIGN_ON_POLICY,
            OktaResourceType.TRUSTED_ORIGIN,
            OktaResourceType.GROUP_RULE,
            OktaResourceType.GROUP,
            OktaResourceType.GROUP);
  }

  @Test
  void givenDisplayNameChanged_plan_updatesOnlyTheGroups() {
    List<OktaResource> recorded = recordedAfter(tenant("OFF", "a.example.com"));
    Tenant renamed =
        TenantSpec.parse("acme", "ACME Corp", List.of("a.example.com"), List.of(), "OFF")
            .register(NOW);

    var plan = ProvisioningPlan.between(TenantResources.desired(renamed), recorded);

    assertThat(describe(plan)).containsExactly("UPDATE acme-users", "UPDATE acme-admins");
  }

  @Test
  void givenEfsApplication_plan_createsItsOidcAppFromTheTemplateThenAssignsBothGroups() {
    Tenant t = tenant("OFF", "a.example.com");
    Application efs =
        Application.register(
            ApplicationId.random(),
            t.key(),
            ApplicationKind.EFS,
            Map.of(Alias.of("a.example.com"), BaseUrl.of("https://a.example.com/efs")),
            NOW);
    AppTemplate template = new AppTemplate(List.of("/cb"), List.of("/bye"), "/login");

    var desired = TenantResources.desired(t, List.of(efs), kind -> template);
    var plan = ProvisioningPlan.between(desired, recordedAfter(t));

    String app = TenantResources.applicationName(efs);
    assertThat(describe(plan))
        .containsExactly(
            "CREATE " + app, "CREATE " + app + "->acme-users", "CREATE " + app + "->acme-admins");
    assertThat(plan.steps().get(0).spec())
        .isEqualTo(
            new ResourceSpec.OidcApp(
                app,
                efs.id(),
                List.of("https://a.example.com/efs/cb"),
                List.of("https://a.example.com/efs/bye"),
                "https://a.example.com/efs/login"));
  }

  @Test
  void givenApplicationDeleting_plan_removesItsAssignmentsBeforeTheApp() {
    Tenant t = tenant("OFF", "a.example.com");
    Application dv =
        Application.register(
            ApplicationId.random(),
            t.key(),
            ApplicationKind.DV,
            Map.of(Alias.of("a.example.com"), BaseUrl.of("https://a.example.com")),
            NOW);
    AppTemplate template = new AppTemplate(List.of("/cb"), List.of(), null);
    List<OktaResource> recorded = new ArrayList<>();
    int n = 0;
    for (ResourceSpec spec : TenantResources.desired(t, List.of(dv), kind -> template)) {
      recorded.add(
          new OktaResource(
              spec.type(), OktaId.of("id" + n++), spec.name(), t.key(), null, spec.fingerprint()));
    }
    dv.moveTo(io.oktaadapter.domain.LifecycleStatus.DELETING, null, NOW);

    var plan =
        ProvisioningPlan.between(
            TenantResources.desired(t, List.of(dv), kind -> template), recorded);

    assertThat(plan.steps().stream().map(PlanStep::type).toList())
        .containsExactly(
            OktaResourceType.APPLICATION_GROUP_ASSIGNMENT,
            OktaResourceType.APPLICATION_GROUP_ASSIGNMENT,
            OktaResourceType.OIDC_APPLICATION);
  }

  @Test
  void givenTenantWithApplications_dependencies_letIndependentStepsRunTogether() {
    Tenant t = tenant("REQUIRED", "a.example.com", "b.example.com");
    Application efs =
        Application.register(
            ApplicationId.random(),
            t.key(),
            ApplicationKind.EFS,
            Map.of(Alias.of("a.example.com"), BaseUrl.of("https://a.example.com")),
            NOW);
    AppTemplate template = new AppTemplate(List.of("/cb"), List.of(), null);
    var plan =
        ProvisioningPlan.between(
            TenantResources.desired(t, List.of(efs), kind -> template), List.of());
    List<String> names = plan.steps().stream().map(PlanStep::name).toList();
    var waits = plan.dependencies();

    // Groups, trusted origins and the application wait for nothing.
    for (int i = 0; i < names.size(); i++) {
      PlanStep s = plan.steps().get(i);
      List<String> before = waits.get(i).stream().map(names::get).toList();
      switch (s.type()) {
        case GROUP, TRUSTED_ORIGIN, OIDC_APPLICATION -> assertThat(before).isEmpty();
        case GROUP_RULE, SIGN_ON_POLICY -> assertThat(before).containsExactly("acme-users");
        case APPLICATION_GROUP_ASSIGNMENT ->
            assertThat(before)
                .hasSize(2)
                .contains(TenantResources.applicationName(efs))
                .anyMatch(n -> n.equals("acme-users") || n.equals("acme-admins"));
        default -> throw new AssertionError("unexpected step " + s);
      }
    }
    assertThat(plan.criticalPathLength()).isEqualTo(2);
  }

  @Test
  void givenRemoval_dependencies_deleteGroupsAfterWhatRefersToThem() {
    Tenant t = tenant("REQUIRED", "a.example.com", "b.example.com");
    var plan = ProvisioningPlan.removal(recordedAfter(t));
    var waits = plan.dependencies();

    for (int i = 0; i < plan.steps().size(); i++) {
      PlanStep s = plan.steps().get(i);
      List<OktaResourceType> before =
          waits.get(i).stream().map(j -> plan.steps().get(j).type()).toList();
      if (s.type() == OktaResourceType.GROUP) {
        assertThat(before)
            .containsExactlyInAnyOrder(
                OktaResourceType.SIGN_ON_POLICY, OktaResourceType.GROUP_RULE);
      } else {
        assertThat(before).isEmpty();
      }
    }
    // Policy, rule and both origins at once, then both groups.
    assertThat(plan.criticalPathLength()).isEqualTo(2);
  }
}
