package io.oktaadapter.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktaadapter.domain.InvalidFieldException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantKeyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"acme", "a1b", "acme-corp", "a-b-c", "abcdefghijabcdefghijabcdefghijabcdefghij"})
  void givenSlug_create_accepts(String value) {
    assertThat(TenantKey.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "abcdefghijabcdefghijabcdefghijabcdefghijk"})
  void givenWrongLength_create_failsNamingTheLength(String value) {
    assertThatThrownBy(() -> TenantKey.of(value))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("3 to 40 characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Acme", "1acme", "acme-", "ac--me", "ac_me", "acmé", "-acme"})
  void givenNotASlug_create_failsExplainingTheShape(String value) {
    assertThatThrownBy(() -> TenantKey.of(value))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("lowercase slug");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void givenBlank_create_failsAsEmpty(String value) {
    assertThatThrownBy(() -> TenantKey.of(value)).hasMessageContaining("must not be empty");
  }
}
