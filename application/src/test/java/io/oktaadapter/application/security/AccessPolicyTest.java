package io.oktaadapter.application.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantNotFoundException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccessPolicyTest {

  private static final TenantKey ACME = TenantKey.of("acme");
  private static final TenantKey GLOBEX = TenantKey.of("globex");

  private static Actor operator(Role role) {
    return Actor.user("op", Set.of(role));
  }

  @ParameterizedTest
  @EnumSource(Access.class)
  void givenEachAccess_onlyItsMinimumRoleAndHigher_areGranted(Access access) {
    for (Role role : Role.values()) {
      if (role.includes(access.minimumRole())) {
        assertThatCode(() -> AccessPolicy.require(operator(role), access, ACME))
            .doesNotThrowAnyException();
      } else {
        assertThatThrownBy(() -> AccessPolicy.require(operator(role), access, ACME))
            .isInstanceOf(AccessDeniedException.class);
      }
    }
  }

  @Test
  void givenDelete_supportIsRefused_adminIsGranted() {
    assertThatThrownBy(() -> AccessPolicy.require(operator(Role.SUPPORT), Access.DELETE, ACME))
        .isInstanceOf(AccessDeniedException.class);
    assertThatCode(() -> AccessPolicy.require(operator(Role.ADMIN), Access.DELETE, ACME))
        .doesNotThrowAnyException();
  }

  @Test
  void givenActorWithoutRoles_read_isRefused() {
    assertThatThrownBy(
            () -> AccessPolicy.require(Actor.user("nobody", Set.of()), Access.READ_TENANT, ACME))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void givenCustomer_readAndUpdateOwnTenant_areGranted() {
    Actor customer = Actor.customer("carla", ACME);
    assertThatCode(() -> AccessPolicy.require(customer, Access.READ_TENANT, ACME))
        .doesNotThrowAnyException();
    assertThatCode(() -> AccessPolicy.require(customer, Access.UPDATE_TENANT, ACME))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @EnumSource(Access.class)
  void givenCustomer_anyAccessToAnotherTenant_answersNotFound(Access access) {
    assertThatThrownBy(() -> AccessPolicy.require(Actor.customer("carla", ACME), access, GLOBEX))
        .isInstanceOf(TenantNotFoundException.class);
  }

  @ParameterizedTest
  @EnumSource(
      value = Access.class,
      names = {"READ_TENANT", "UPDATE_TENANT"},
      mode = EnumSource.Mode.EXCLUDE)
  void givenCustomer_operatorOnlyAccessOnOwnTenant_isRefused(Access access) {
    assertThatThrownBy(() -> AccessPolicy.require(Actor.customer("carla", ACME), access, ACME))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void givenCustomer_accessWithoutTenant_isRefused() {
    assertThatThrownBy(
            () -> AccessPolicy.require(Actor.customer("carla", ACME), Access.READ_GLOBAL, null))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void givenCustomerWhoseActorAlsoHasRoles_isStillConfined() {
    Actor both = new Actor(Actor.Kind.USER, "x", Set.of(Role.ADMIN), java.util.Optional.of(ACME));
    assertThatThrownBy(() -> AccessPolicy.require(both, Access.DELETE, ACME))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void givenSystem_everything_isGranted() {
    for (Access access : Access.values()) {
      assertThatCode(() -> AccessPolicy.require(Actor.system("job"), access, GLOBEX))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void givenActingScope_nested_restoresTheOuterActor() {
    Actor outer = Actor.service("billing", Set.of(Role.SUPPORT));
    Actor inner = Actor.system("job");
    ActingScope.runAs(
        outer,
        "cmd-1",
        () -> {
          ActingScope.runAs(
              inner,
              null,
              () ->
                  org.assertj.core.api.Assertions.assertThat(ActingScope.current().get().actor())
                      .isEqualTo(inner));
          org.assertj.core.api.Assertions.assertThat(ActingScope.current().get().requestId())
              .contains("cmd-1");
        });
    org.assertj.core.api.Assertions.assertThat(ActingScope.current()).isEmpty();
  }
}
