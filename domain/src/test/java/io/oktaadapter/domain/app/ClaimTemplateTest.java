package io.oktaadapter.domain.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimTemplateTest {

  @Test
  void givenExtraClaimsWithPlaceholders_claims_resolvesThemAfterTenantAndRole() {
    var template =
        new ClaimTemplate(
            "tenant", "tenant_role", Map.of("z_realm", "{kind}-{tenant}", "product", "{kind}"));

    assertThat(template.claims(TenantKey.of("acme"), "admin", ApplicationKind.EFS))
        .containsExactly(
            Map.entry("tenant", "acme"),
            Map.entry("tenant_role", "admin"),
            Map.entry("product", "EFS"),
            Map.entry("z_realm", "EFS-acme"));
  }

  @Test
  void givenAReservedClaimName_template_isRefusedNamingIt() {
    assertThatThrownBy(() -> ClaimTemplate.of("sub", "tenant_role"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("tenantClaim")
        .hasMessageContaining("'sub' is a claim Okta reserves");
    assertThatThrownBy(() -> ClaimTemplate.of("tenant", "r").withExtraClaims(Map.of("iss", "x")))
        .hasMessageContaining("extraClaims");
  }

  @Test
  void givenUnknownPlaceholderOrClash_template_isRefused() {
    assertThatThrownBy(() -> ClaimTemplate.of("t", "r").withExtraClaims(Map.of("a", "{user}")))
        .hasMessageContaining("{user}");
    assertThatThrownBy(() -> ClaimTemplate.of("t", "r").withExtraClaims(Map.of("t", "x")))
        .hasMessageContaining("already the tenant or role claim");
    assertThatThrownBy(() -> ClaimTemplate.of("same", "same")).hasMessageContaining("must differ");
    assertThatThrownBy(() -> ClaimTemplate.of("has space", "r"))
        .hasMessageContaining("claim names");
  }
}
