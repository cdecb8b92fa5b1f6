package io.oktaadapter.application.service.inline;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.in.inline.DecideRegistrationUseCase.Allow;
import io.oktaadapter.application.port.in.inline.DecideRegistrationUseCase.Deny;
import io.oktaadapter.application.port.in.inline.DecideTenantClaimsUseCase.Claims;
import io.oktaadapter.application.port.in.inline.DecideTenantClaimsUseCase.CrossTenant;
import io.oktaadapter.application.port.in.inline.DecideTenantClaimsUseCase.NotManaged;
import io.oktaadapter.application.port.in.inline.DecideUserImportUseCase.CreateUser;
import io.oktaadapter.application.port.in.inline.DecideUserImportUseCase.LinkUser;
import io.oktaadapter.application.port.out.inline.InlineReadModelStore;
import io.oktaadapter.application.port.out.inline.ReadModelSnapshot;
import io.oktaadapter.domain.app.ApplicationKind;
import io.oktaadapter.domain.app.ClaimTemplate;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InlineDecisionsTest {

  private static final TenantKey ACME = TenantKey.of("acme");
  private static final TenantKey GLOBEX = TenantKey.of("globex");
  private final AtomicInteger loads = new AtomicInteger();
  private long storedVersion = 7;
  private InlineReadModel model;

  @BeforeEach
  void loadModel() {
    InlineReadModelStore store =
        new InlineReadModelStore() {
          @Override
          public long version() {
            return storedVersion;
          }

          @Override
          public ReadModelSnapshot load() {
            loads.incrementAndGet();
            return new ReadModelSnapshot(
                -1,
                Set.of(ACME, GLOBEX),
                Map.of("0oaAcme", ACME, "0oaGlobex", GLOBEX, "0oaAcmeDv", ACME),
                Map.of("0oaAcme", ApplicationKind.EFS, "0oaAcmeDv", ApplicationKind.DV),
                Map.of("00uJane", Map.of(ACME, "member"), "00uBob", Map.of(GLOBEX, "member")),
                Map.of("acme.example", ACME),
                Map.of(
                    "jane@acme.example", "00uJane",
                    "bob@globex.example", "00uBob",
                    "staff@example.com", "00uStaff"));
          }
        };
    model = new InlineReadModel(store);
    model.refresh(false);
  }

  @Test
  void givenUnchangedVersion_refresh_doesNotReload() {
    assertThat(model.refresh(false)).isFalse();
    storedVersion++;
    assertThat(model.refresh(false)).isTrue();
    assertThat(loads).hasValue(2);
  }

  private DecideTenantClaimsService claims() {
    ClaimTemplate defaults = ClaimTemplate.of("tenant", "tenant_role");
    return new DecideTenantClaimsService(
        model,
        defaults,
        Map.of(
            ApplicationKind.DV,
            new ClaimTemplate(
                "dv_customer",
                "tenant_role",
                Map.of("product", "{kind}", "realm", "dv-{tenant}"))));
  }

  @Test
  void givenMemberOfTheAppTenant_decideClaims_returnsTenantAndRole() {
    assertThat(claims().decide("0oaAcme", "00uJane"))
        .isEqualTo(new Claims(ACME, "member", Map.of("tenant", "acme", "tenant_role", "member")));
  }

  @Test
  void givenAppOfAKindWithItsOwnTemplate_decideClaims_usesItsNamesAndExtraClaims() {
    var decision = (Claims) claims().decide("0oaAcmeDv", "00uJane");

    assertThat(decision.claims())
        .containsExactly(
            Map.entry("dv_customer", "acme"),
            Map.entry("tenant_role", "member"),
            Map.entry("product", "DV"),
            Map.entry("realm", "dv-acme"));
  }

  @Test
  void givenMemberOfAnotherTenant_decideClaims_isCrossTenant() {
    assertThat(claims().decide("0oaAcme", "00uBob")).isEqualTo(new CrossTenant(ACME));
  }

  @Test
  void givenAppOfNoTenant_decideClaims_isNotManaged() {
    assertThat(claims().decide("0oaOther", "00uJane")).isInstanceOf(NotManaged.class);
  }

  @Test
  void givenListedDomainInAnyCase_registration_isAllowedIntoTheTenant() {
    assertThat(new DecideRegistrationService(model, "no").decide("New@ACME.example"))
        .isEqualTo(new Allow(ACME));
  }

  @Test
  void givenUnlistedOrMalformedAddress_registration_isDeniedWithTheMessage() {
    DecideRegistrationService service = new DecideRegistrationService(model, "not open");
    assertThat(service.decide("eve@evil.example")).isEqualTo(new Deny("not open"));
    assertThat(service.decide("not an address")).isEqualTo(new Deny("not open"));
    assertThat(service.decide(null)).isEqualTo(new Deny("not open"));
  }

  @Test
  void givenKnownLogin_userImport_linksElseCreates() {
    DecideUserImportService service = new DecideUserImportService(model);
    assertThat(service.decide("0oaAcme", " Jane@Acme.example "))
        .isEqualTo(new LinkUser("00uJane", java.util.Optional.of(ACME)));
    assertThat(service.decide("0oaAcme", "new@acme.example"))
        .isEqualTo(new CreateUser(java.util.Optional.of(ACME)));
  }

  @Test
  void givenUserOfAnotherTenant_userImport_neverLinksNorCreates() {
    DecideUserImportService service = new DecideUserImportService(model);
    // Bob is a member of globex only: an acme application's import must not take him.
    assertThat(service.decide("0oaAcme", "Bob@Globex.example"))
        .isEqualTo(
            new io.oktaadapter.application.port.in.inline.DecideUserImportUseCase.CrossTenant(
                java.util.Optional.of(ACME)));
    // A user of no tenant is not a member of acme either: the token hook's rule.
    assertThat(service.decide("0oaAcme", "staff@example.com"))
        .isInstanceOf(
            io.oktaadapter.application.port.in.inline.DecideUserImportUseCase.CrossTenant.class);
    // An application of no tenant links only users of no tenant.
    assertThat(service.decide("0oaOther", "bob@globex.example"))
        .isInstanceOf(
            io.oktaadapter.application.port.in.inline.DecideUserImportUseCase.CrossTenant.class);
    assertThat(service.decide("0oaOther", "staff@example.com"))
        .isEqualTo(new LinkUser("00uStaff", java.util.Optional.empty()));
    // The globex application links its own member.
    assertThat(service.decide("0oaGlobex", "bob@globex.example"))
        .isEqualTo(new LinkUser("00uBob", java.util.Optional.of(GLOBEX)));
  }
}
