package io.oktaadapter.domain.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FingerprintTest {

  @Test
  void givenSameCanonicalState_of_givesSameFingerprint() {
    assertThat(Fingerprint.of("group:acme-users")).isEqualTo(Fingerprint.of("group:acme-users"));
    assertThat(Fingerprint.of("group:acme-users"))
        .isNotEqualTo(Fingerprint.of("group:acme-admins"));
  }

  @Test
  void givenKnownInput_of_isSha256() {
    assertThat(Fingerprint.of("").hex())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void givenNotHex_create_fails() {
    assertThatThrownBy(() -> new Fingerprint("xyz")).hasMessageContaining("SHA-256");
  }
}
