package io.oktaadapter.adapters.in.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.security.Actor;
import io.oktaadapter.application.security.Role;
import io.oktaadapter.domain.FieldViolation;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UiSupportTest {

  @Test
  void oktaOrgUrl_becomesTheAdminConsoleUrl() {
    assertThat(UiSupport.adminUrl("https://acme.okta.com"))
        .isEqualTo("https://acme-admin.okta.com");
    assertThat(UiSupport.adminUrl("https://acme.oktapreview.com/"))
        .isEqualTo("https://acme-admin.oktapreview.com");
    assertThat(UiSupport.adminUrl("https://acme-admin.okta.com"))
        .isEqualTo("https://acme-admin.okta.com");
    assertThat(UiSupport.adminUrl("http://localhost:8090")).isEqualTo("http://localhost:8090");
    assertThat(UiSupport.adminUrl("")).isEmpty();
    assertThat(UiSupport.adminUrl("not a url")).isEmpty();
  }

  @Test
  void violations_landOnTheFormFieldTheyBelongTo() {
    var errors =
        UiSupport.fieldErrors(
            new InvalidFieldException(
                List.of(
                    new FieldViolation("key", "must be lower-case"),
                    new FieldViolation("aliases[1]", "not a host name"),
                    new FieldViolation("aliases", "at most 50"),
                    new FieldViolation("features.mfa", "must be OFF, OPTIONAL or REQUIRED"),
                    new FieldViolation("baseUrls.a.example.com", "must be https"),
                    new FieldViolation("", "body missing"))));
    assertThat(errors)
        .containsEntry("key", "must be lower-case")
        .containsEntry("aliases", "aliases[1]: not a host name; at most 50")
        .containsEntry("mfa", "features.mfa: must be OFF, OPTIONAL or REQUIRED")
        .containsEntry("baseUrls.a.example.com", "must be https")
        .containsEntry("form", "body missing");
  }

  @Test
  void brandColours_onlyHexReachTheStyleSheet() {
    assertThat(BrandResource.colour("#0a0B0c", "#000000")).isEqualTo("#0a0B0c");
    assertThat(BrandResource.colour("red;}body{display:none", "#000000")).isEqualTo("#000000");
    assertThat(BrandResource.colour(null, "#111111")).isEqualTo("#111111");
  }

  @Test
  void pagesOffer_whatTheRoleAllows() {
    UiUser viewer = UiUser.of(Actor.user("v", Set.of(Role.VIEWER)));
    assertThat(viewer.canRead()).isTrue();
    assertThat(viewer.canCreate()).isFalse();
    assertThat(viewer.canDelete()).isFalse();
    UiUser support = UiUser.of(Actor.user("s", Set.of(Role.SUPPORT)));
    assertThat(support.canCreate()).isTrue();
    assertThat(support.canDelete()).isFalse();
    UiUser admin = UiUser.of(Actor.user("a", Set.of(Role.ADMIN)));
    assertThat(admin.canDelete()).isTrue();
    UiUser customer = UiUser.of(Actor.customer("c", TenantKey.of("acme")));
    assertThat(customer.canEdit()).isTrue();
    assertThat(customer.canCreate()).isFalse();
    assertThat(customer.canDelete()).isFalse();
    customer.requireEdit(TenantKey.of("acme"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> customer.requireRead(TenantKey.of("globex")))
        .isInstanceOf(UiException.class)
        .satisfies(e -> assertThat(((UiException) e).status()).isEqualTo(404));
    org.assertj.core.api.Assertions.assertThatThrownBy(customer::requireOperator)
        .isInstanceOf(UiException.class)
        .satisfies(e -> assertThat(((UiException) e).status()).isEqualTo(403));
  }
}
