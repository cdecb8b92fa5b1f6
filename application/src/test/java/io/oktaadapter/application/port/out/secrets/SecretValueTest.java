package io.oktaadapter.application.port.out.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecretValueTest {

  @Test
  void givenSecret_toString_doesNotRevealIt() {
    SecretValue secret = SecretValue.of("hunter2");

    assertThat(secret.toString()).doesNotContain("hunter2");
    assertThat(new VersionedSecret(secret, 1, Instant.EPOCH).toString()).doesNotContain("hunter2");
  }

  @Test
  void givenSameValue_matches_isTrue() {
    assertThat(SecretValue.of("hunter2").matches("hunter2")).isTrue();
    assertThat(SecretValue.of("hunter2").matches("hunter3")).isFalse();
    assertThat(SecretValue.of("hunter2").matches(null)).isFalse();
  }

  @Test
  void givenTwoRandomSecrets_random_differAndAreLongEnough() {
    SecretValue a = SecretValue.random(32);
    SecretValue b = SecretValue.random(32);

    assertThat(a).isNotEqualTo(b);
    assertThat(a.reveal()).hasSize(43);
  }
}
