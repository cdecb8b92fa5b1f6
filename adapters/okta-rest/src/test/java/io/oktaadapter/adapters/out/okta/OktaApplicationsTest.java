package io.oktaadapter.adapters.out.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktaadapter.adapters.out.okta.OktaSimulatorResource.InjectSimulator;
import io.oktaadapter.application.port.out.okta.OktaApplicationGroups;
import io.oktaadapter.application.port.out.okta.OktaApplications;
import io.oktaadapter.application.port.out.okta.OktaApplications.ClientType;
import io.oktaadapter.application.port.out.okta.OktaApplications.OidcApplication;
import io.oktaadapter.application.port.out.okta.OktaApplications.OidcApplicationDetails;
import io.oktaadapter.application.port.out.okta.OktaFailure;
import io.oktaadapter.application.port.out.okta.OktaGroups;
import io.oktaadapter.application.port.out.okta.OktaGroups.GroupDetails;
import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.simulator.OktaSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = OktaSimulatorResource.class, restrictToAnnotatedClass = false)
class OktaApplicationsTest {

  @Inject OktaApplications applications;
  @Inject OktaApplicationGroups assignments;
  @Inject OktaGroups groups;
  @InjectSimulator OktaSimulator simulator;

  @BeforeEach
  void resetOrg() {
    simulator.reset();
  }

  @Test
  void givenWebClient_create_returnsClientIdAndSecretCanBeRead() {
    OidcApplication app = applications.create(webClient("acme-portal"));

    assertThat(app.active()).isTrue();
    assertThat(app.clientId()).isNotBlank();
    var credentials = applications.credentials(app.id());
    assertThat(credentials.clientId()).isEqualTo(app.clientId());
    assertThat(credentials.secret()).isPresent();
  }

  @Test
  void givenBrowserClient_create_hasNoSecret() {
    OidcApplicationDetails spa =
        new OidcApplicationDetails(
            "acme-spa",
            ClientType.BROWSER,
            List.of("https://acme.example.com/callback"),
            List.of(),
            null,
            Set.of("authorization_code"),
            Set.of("code"));

    OidcApplication app = applications.create(spa);

    assertThat(applications.credentials(app.id()).secret()).isEmpty();
  }

  @Test
  void givenSeveralApps_findByLabel_returnsTheExactLabel() {
    applications.create(webClient("acme-portal-admin"));
    OidcApplication wanted = applications.create(webClient("acme-portal"));

    assertThat(applications.findByLabel("acme-portal")).contains(wanted);
    assertThat(applications.findByLabel("globex")).isEmpty();
  }

  @Test
  void givenApp_update_changesRedirectUris() {
    OidcApplication app = applications.create(webClient("acme-portal"));
    var changed =
        new OidcApplicationDetails(
            "acme-portal",
            ClientType.WEB,
            List.of("https://new.acme.example.com/callback"),
            List.of("https://new.acme.example.com/"),
            "https://new.acme.example.com/login",
            Set.of("authorization_code", "refresh_token"),
            Set.of("code"));

    applications.update(app.id(), changed);

    assertThat(simulator.dumpState()).contains("https://new.acme.example.com/callback");
  }

  @Test
  void givenActiveApp_delete_isRefusedUntilDeactivated() {
    OidcApplication app = applications.create(webClient("acme-portal"));

    assertThatThrownBy(() -> applications.delete(app.id()))
        .isInstanceOf(OktaFailure.Validation.class)
        .satisfies(e -> assertThat(((OktaFailure) e).errorCode()).contains("E0000056"));

    applications.deactivate(app.id());
    applications.delete(app.id());
    assertThat(applications.find(app.id())).isEmpty();
  }

  @Test
  void givenSevenAssignedGroups_assignedGroups_readsEveryPage() {
    OidcApplication app = applications.create(webClient("acme-portal"));
    List<OktaId> assigned = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      OktaId group = groups.create(new GroupDetails("acme-" + i, "")).id();
      assignments.assign(app.id(), group);
      assigned.add(group);
    }
    List<String> pageRequests = new ArrayList<>();
    simulator.addExchangeListener(
        e -> {
          if (e.path().endsWith("/groups") && e.method().equals("GET")) {
            pageRequests.add(e.query());
          }
        });

    assertThat(assignments.assignedGroups(app.id())).containsExactlyInAnyOrderElementsOf(assigned);
    assertThat(pageRequests).hasSize(3);
  }

  @Test
  void givenAssignment_unassignTwice_removesItWithoutError() {
    OidcApplication app = applications.create(webClient("acme-portal"));
    OktaId group = groups.create(new GroupDetails("acme", "")).id();
    assignments.assign(app.id(), group);

    assignments.unassign(app.id(), group);
    assignments.unassign(app.id(), group);

    assertThat(assignments.assignedGroups(app.id())).isEmpty();
  }

  static OidcApplicationDetails webClient(String label) {
    return new OidcApplicationDetails(
        label,
        ClientType.WEB,
        List.of("https://acme.example.com/callback"),
        List.of("https://acme.example.com/"),
        "https://acme.example.com/login",
        Set.of("authorization_code"),
        Set.of("code"));
  }
}
