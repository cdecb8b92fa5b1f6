package io.oktaadapter.adapters.out.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuavaPublicSuffixesTest {

  private final GuavaPublicSuffixes suffixes = new GuavaPublicSuffixes();

  @Test
  void publicSuffixesOfBothSections_areRecognised() {
    for (String suffix :
        List.of("com", "co.uk", "github.io", "herokuapp.com", "s3.amazonaws.com")) {
      assertThat(suffixes.isPublicSuffix(suffix)).as(suffix).isTrue();
    }
    assertThat(suffixes.isPublicSuffix("example.com")).isFalse();
  }

  @Test
  void registrableNames_areUnderAPublicSuffix_privateOnesAreNot() {
    assertThat(suffixes.isUnderPublicSuffix("acme.example.com")).isTrue();
    assertThat(suffixes.isUnderPublicSuffix("shop.acme.co.uk")).isTrue();
    for (String host :
        List.of("metadata.google.internal", "printer.local", "nas.lan", "corp", "x.corp")) {
      assertThat(suffixes.isUnderPublicSuffix(host)).as(host).isFalse();
    }
    assertThat(suffixes.isUnderPublicSuffix("not a host")).isFalse();
  }
}
