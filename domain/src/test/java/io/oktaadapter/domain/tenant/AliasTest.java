package io.oktaadapter.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktaadapter.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AliasTest {

  @Test
  void givenMixedCaseHost_create_storesLowercase() {
    assertThat(Alias.of(" Acme.Feedback.Example.COM ").host())
        .isEqualTo("acme.feedback.example.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"*.example.com", "acme*.example.com"})
  void givenWildcard_create_fails(String host) {
    assertThatThrownBy(() -> Alias.of(host)).hasMessageContaining("wildcards");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"https://acme.example.com", "acme.example.com/path", "acme.example.com:8443"})
  void givenUrlInsteadOfHost_create_failsAskingForBareHost(String host) {
    assertThatThrownBy(() -> Alias.of(host)).hasMessageContaining("bare host name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"acme", "acme..example.com", "-acme.example.com", "ac me.example.com"})
  void givenInvalidHost_create_fails(String host) {
    assertThatThrownBy(() -> Alias.of(host)).isInstanceOf(InvalidFieldException.class);
  }

  @Test
  void givenLocalhost_create_accepts() {
    assertThat(Alias.of("localhost").host()).isEqualTo("localhost");
  }
}
