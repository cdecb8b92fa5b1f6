package io.oktaadapter.domain.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

  @Test
  void givenHttpsUrlWithTrailingSlash_create_normalises() {
    BaseUrl url = BaseUrl.of("HTTPS://Acme.Example.com/efs/");

    assertThat(url.value()).isEqualTo("https://acme.example.com/efs");
    assertThat(url.resolve("login/callback"))
        .isEqualTo("https://acme.example.com/efs/login/callback");
  }

  @Test
  void givenHttpLocalhost_create_acceptsForDevelopment() {
    assertThat(BaseUrl.of("http://localhost:3000").value()).isEqualTo("http://localhost:3000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://acme.example.com", "ftp://acme.example.com"})
  void givenPlainHttpOnRealHost_create_requiresHttps(String raw) {
    assertThatThrownBy(() -> BaseUrl.of(raw)).hasMessageContaining("https");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://*.example.com", "https://acme.example.com/*"})
  void givenWildcard_create_fails(String raw) {
    assertThatThrownBy(() -> BaseUrl.of(raw)).hasMessageContaining("wildcards");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://acme.example.com/?next=x", "https://u:p@acme.example.com"})
  void givenQueryOrUserInfo_create_fails(String raw) {
    assertThatThrownBy(() -> BaseUrl.of(raw)).hasMessageContaining("query");
  }
}
