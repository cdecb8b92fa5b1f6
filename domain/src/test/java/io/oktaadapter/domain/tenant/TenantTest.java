package io.oktaadapter.domain.tenant;

import static io.oktaadapter.domain.tenant.TestTenantFactory.T0;
import static io.oktaadapter.domain.tenant.TestTenantFactory.pendingTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktaadapter.domain.IllegalStatusTransitionException;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.LifecycleStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantTest {

  @Test
  void givenNewTenant_register_isPendingAtVersionZero() {
    Tenant tenant = pendingTenant("acme");

    assertThat(tenant.status()).isEqualTo(LifecycleStatus.PENDING);
    assertThat(tenant.version()).isZero();
    assertThat(tenant.statusReason()).isEmpty();
  }

  @Test
  void givenPendingTenant_provisionThenReady_followsLifecycle() {
    Tenant tenant = pendingTenant("acme");

    tenant.startProvisioning(T0.plusSeconds(1));
    tenant.markReady(T0.plusSeconds(2));

    assertThat(tenant.status()).isEqualTo(LifecycleStatus.READY);
    assertThat(tenant.updatedAt()).isEqualTo(T0.plusSeconds(2));
  }

  @Test
  void givenProvisioningTenant_markFailed_keepsTheReason() {
    Tenant tenant = pendingTenant("acme");
    tenant.startProvisioning(T0);

    tenant.markFailed("Okta refused the group name", T0);

    assertThat(tenant.status()).isEqualTo(LifecycleStatus.FAILED);
    assertThat(tenant.statusReason()).contains("Okta refused the group name");
  }

  @Test
  void givenPendingTenant_markReady_isRefusedNamingBothStatuses() {
    Tenant tenant = pendingTenant("acme");

    assertThatThrownBy(() -> tenant.markReady(T0))
        .isInstanceOf(IllegalStatusTransitionException.class)
        .hasMessageContaining("PENDING")
        .hasMessageContaining("READY");
  }

  @Test
  void givenDeletedTenant_changeSpec_isRefused() {
    Tenant tenant = pendingTenant("acme");
    tenant.startDeletion(T0);
    tenant.markDeleted(T0);

    assertThatThrownBy(
            () ->
                tenant.changeSpec(
                    "x",
                    List.of(Alias.of("a.example.com")),
                    List.of(),
                    TenantFeatures.DEFAULTS,
                    T0))
        .isInstanceOf(IllegalStatusTransitionException.class);
  }

  @Test
  void givenNoAlias_register_failsNamingAliases() {
    assertThatThrownBy(
            () ->
                Tenant.register(
                    TenantKey.of("acme"),
                    "Acme",
                    List.of(),
                    List.of(),
                    TenantFeatures.DEFAULTS,
                    T0))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("aliases"));
  }

  @Test
  void givenControlCharacterInName_register_failsNamingDisplayName() {
    assertThatThrownBy(
            () ->
                Tenant.register(
                    TenantKey.of("acme"),
                    "Acme\u0000",
                    List.of(Alias.of("acme.example.com")),
                    List.of(),
                    TenantFeatures.DEFAULTS,
                    T0))
        .hasMessageStartingWith("displayName");
  }

  @Test
  void givenAliasesInAnyOrder_aliases_areSortedAndUnmodifiable() {
    Tenant tenant =
        Tenant.register(
            TenantKey.of("acme"),
            "Acme",
            List.of(Alias.of("b.example.com"), Alias.of("a.example.com")),
            List.of(),
            TenantFeatures.DEFAULTS,
            T0);

    assertThat(tenant.aliases())
        .extracting(Alias::host)
        .containsExactly("a.example.com", "b.example.com");
    assertThatThrownBy(() -> tenant.aliases().add(Alias.of("c.example.com")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
