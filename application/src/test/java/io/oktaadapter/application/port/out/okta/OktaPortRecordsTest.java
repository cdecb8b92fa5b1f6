package io.oktaadapter.application.port.out.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktaadapter.application.port.out.okta.OktaApplications.OidcClientCredentials;
import io.oktaadapter.application.port.out.okta.OktaHooks.AuthHeader;
import io.oktaadapter.application.port.out.okta.OktaTrustedOrigins.TrustedOriginDetails;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OktaPortRecordsTest {

  @Test
  void givenClientCredentials_toString_hidesTheSecret() {
    var credentials = new OidcClientCredentials("0oa1client", "s3cr3t-value");

    assertThat(credentials.toString()).contains("0oa1client").doesNotContain("s3cr3t-value");
  }

  @Test
  void givenHookAuthHeader_toString_hidesTheValue() {
    assertThat(new AuthHeader("Authorization", "s3cr3t-value").toString())
        .doesNotContain("s3cr3t-value");
  }

  @Test
  void givenTrustedOriginWithoutScopes_construction_isRefused() {
    assertThatThrownBy(() -> new TrustedOriginDetails("acme", "https://acme.example", Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenRateLimitedAndTransientFailures_isRetryable_isTrueOnlyForThem() {
    assertThat(new OktaFailure.RateLimited("x", "E0000047", null, Instant.EPOCH).isRetryable())
        .isTrue();
    assertThat(new OktaFailure.Transient("x", "E0000009", null).isRetryable()).isTrue();
    assertThat(new OktaFailure.Validation("x", "E0000001", null, List.of()).isRetryable())
        .isFalse();
  }
}
