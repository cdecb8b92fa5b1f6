package io.oktaadapter.adapters.out.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktaadapter.application.service.provisioning.AliasRules;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.tenant.Alias;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The alias rules with the real public suffix list, on generated host names: each class of refused
 * names (IP literals, localhost, private and reserved names, public suffixes, the deny list) is
 * refused whatever the labels in front of it, and names under a registrable domain pass.
 */
class AliasRulesTest {

  private static final int CASES = 500;
  private final Random random = new Random(17);
  private final AliasRules rules =
      new AliasRules(new GuavaPublicSuffixes(), List.of("okta.com", "adapter.example.com."), false);

  private String label() {
    String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
    int length = 1 + random.nextInt(12);
    StringBuilder b = new StringBuilder();
    b.append((char) ('a' + random.nextInt(26)));
    for (int i = 1; i < length; i++) {
      b.append(chars.charAt(random.nextInt(chars.length())));
    }
    return b.toString();
  }

  private String prefix() {
    StringBuilder b = new StringBuilder();
    int labels = random.nextInt(3);
    for (int i = 0; i < labels; i++) {
      b.append(label()).append('.');
    }
    return b.toString();
  }

  private void refused(String host, String because) {
    assertThat(rules.refusal(Alias.of(host))).as(host).get().asString().contains(because);
  }

  @Test
  void ipLiterals_areRefused() {
    for (int i = 0; i < CASES; i++) {
      String ip =
          random.nextInt(256)
              + "."
              + random.nextInt(256)
              + "."
              + random.nextInt(256)
              + "."
              + random.nextInt(256);
      refused(ip, "IP address");
    }
    refused("169.254.169.254", "IP address");
    refused("127.1", "IP address");
  }

  @Test
  void localhost_isRefusedOutsideDevelopment_acceptedInIt() {
    refused("localhost", "development");
    refused(prefix() + label() + ".localhost", "development");
    AliasRules dev = new AliasRules(new GuavaPublicSuffixes(), List.of(), true);
    assertThat(dev.refusal(Alias.of("localhost"))).isEmpty();
    assertThat(dev.refusal(Alias.of("acme.localhost"))).isEmpty();
  }

  @Test
  void privateReservedAndMetadataNames_areRefused() {
    List<String> reserved =
        List.of("local", "internal", "lan", "corp", "home.arpa", "in-addr.arpa", "test", "example");
    for (int i = 0; i < CASES; i++) {
      String host = prefix() + label() + "." + reserved.get(random.nextInt(reserved.size()));
      refused(host, "reserved");
    }
    refused("metadata.google.internal", "reserved");
    // A TLD nobody delegated is not under a public suffix.
    refused(label() + ".notatld" + random.nextInt(1000), "public suffix");
  }

  @Test
  void publicSuffixes_areRefused_namesUnderThemPass() {
    List<String> suffixes =
        List.of(
            "co.uk", "github.io", "herokuapp.com", "com.au", "s3.amazonaws.com", "blogspot.com");
    for (String suffix : suffixes) {
      refused(suffix, "public suffix");
    }
    for (int i = 0; i < CASES; i++) {
      String host = prefix() + label() + "." + suffixes.get(random.nextInt(suffixes.size()));
      assertThat(rules.refusal(Alias.of(host))).as(host).isEmpty();
    }
  }

  @Test
  void theDenyList_refusesTheNamesAndEverythingUnderThem() {
    for (int i = 0; i < CASES; i++) {
      refused(prefix() + label() + ".okta.com", "not allowed");
      refused(prefix() + "adapter.example.com", "not allowed");
    }
    assertThat(rules.refusal(Alias.of("notokta.com"))).isEmpty();
    assertThat(rules.refusal(Alias.of("acme.example.com"))).isEmpty();
  }

  @Test
  void onlyNewAliases_areChecked_andTheRefusalNamesTheFieldAndHost() {
    Alias old = Alias.of("printer.local");
    assertThatCode(() -> rules.requireClaimable(List.of(old), List.of(old)))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> rules.requireClaimable(List.of(old, Alias.of("10.0.0.1")), List.of(old)))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> {
              assertThat(e.violations()).hasSize(1);
              assertThat(e.violations().get(0).field()).isEqualTo("aliases");
              assertThat(e.violations().get(0).reason()).startsWith("10.0.0.1 ");
            });
  }
}
