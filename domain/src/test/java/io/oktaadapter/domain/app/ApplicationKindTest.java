package io.oktaadapter.domain.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApplicationKindTest {

  @Test
  void givenKnownKinds_constants_areInitialised() {
    assertThat(ApplicationKind.EFS.name()).isEqualTo("EFS");
    assertThat(ApplicationKind.DV.name()).isEqualTo("DV");
  }

  @Test
  void givenLowercaseName_of_normalisesToUppercase() {
    assertThat(ApplicationKind.of(" efs ")).isEqualTo(ApplicationKind.EFS);
  }

  @Test
  void givenNameWithSpaces_of_fails() {
    assertThatThrownBy(() -> ApplicationKind.of("E F S")).hasMessageContaining("letters, digits");
  }
}
