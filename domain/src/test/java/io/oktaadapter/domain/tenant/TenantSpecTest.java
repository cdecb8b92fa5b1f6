package io.oktaadapter.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.oktaadapter.domain.FieldViolation;
import io.oktaadapter.domain.InvalidFieldException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantSpecTest {

  @Test
  void givenSeveralWrongFields_parse_namesEachOne() {
    InvalidFieldException e =
        catchThrowableOfType(
            InvalidFieldException.class,
            () ->
                TenantSpec.parse(
                    "Bad Key", " ", List.of("ok.example.com", "*.x.com"), List.of("nope"), "max"));

    assertThat(e.violations())
        .extracting(FieldViolation::field)
        .containsExactlyInAnyOrder(
            "key", "displayName", "aliases[1]", "adminContacts[0]", "features.mfa");
  }

  @Test
  void givenEqualSpecsInOtherOrder_canonical_isEqual() {
    var a =
        TenantSpec.parse(
            "acme", "ACME", List.of("a.example.com", "b.example.com"), List.of(), null);
    var b =
        TenantSpec.parse(
            "acme", "ACME ", List.of("b.example.com", "a.example.com"), List.of(), "off");

    assertThat(a.canonical()).isEqualTo(b.canonical());
  }
}
