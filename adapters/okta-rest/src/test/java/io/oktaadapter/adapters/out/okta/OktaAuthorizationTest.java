package io.oktaadapter.adapters.out.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktaadapter.application.port.out.okta.OktaApiCredentials;
import io.oktaadapter.application.port.out.okta.OktaApiCredentials.ApiToken;
import io.oktaadapter.application.port.out.okta.OktaApiCredentials.ServiceAppKey;
import io.oktaadapter.application.port.out.okta.OktaFailure;
import jakarta.ws.rs.WebApplicationException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OktaAuthorizationTest {

  private static final String TOKEN_URL = "https://acme.okta.example/oauth2/v1/token";
  private static KeyPair keys;
  private static String privateKeyPem;

  private final List<String> assertionsSent = new ArrayList<>();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T05:00:00Z"));
  private int tokensIssued;

  @BeforeAll
  static void generateKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
    privateKeyPem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
  }

  @Test
  void givenApiToken_header_isSsws() {
    OktaAuthorization authorization = authorization(new ApiToken("00abc"));

    assertThat(authorization.header()).isEqualTo("SSWS 00abc");
  }

  @Test
  void givenServiceApp_header_isBearerWithATokenFromAFreshClientAssertion() throws Exception {
    OktaAuthorization authorization = authorization(serviceApp());

    assertThat(authorization.header()).isEqualTo("Bearer token-1");
    String[] jwt = assertionsSent.get(0).split("\\.");
    String claims =
        new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8)
            .replace("\\/", "/");
    assertThat(claims)
        .contains("\"iss\":\"0oaservice\"", "\"sub\":\"0oaservice\"", "\"jti\"")
        .contains(TOKEN_URL);
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initVerify(keys.getPublic());
    rs256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(rs256.verify(Base64.getUrlDecoder().decode(jwt[2]))).isTrue();
  }

  @Test
  void givenValidCachedToken_header_doesNotAskAgain() {
    OktaAuthorization authorization = authorization(serviceApp());
    authorization.header();
    clock.advance(Duration.ofMinutes(58));

    assertThat(authorization.header()).isEqualTo("Bearer token-1");
    assertThat(tokensIssued).isEqualTo(1);
  }

  @Test
  void givenTokenAboutToExpire_header_fetchesANewOne() {
    OktaAuthorization authorization = authorization(serviceApp());
    authorization.header();
    clock.advance(Duration.ofMinutes(59).plusSeconds(1));

    assertThat(authorization.header()).isEqualTo("Bearer token-2");
  }

  @Test
  void givenTokenEndpointRefusal_header_failsAsUnauthorizedWithoutTheKey() {
    OktaAuthorization authorization =
        new OktaAuthorization(
            () -> serviceApp(),
            (grant, scope, type, assertion) -> {
              throw new WebApplicationException(401);
            },
            new ClientAssertions(TOKEN_URL),
            clock);

    assertThatThrownBy(authorization::header)
        .isInstanceOf(OktaFailure.Unauthorized.class)
        .hasMessageNotContaining("PRIVATE KEY");
  }

  private OktaAuthorization authorization(OktaApiCredentials.Credential credential) {
    OktaTokenApi tokens =
        (grant, scope, type, assertion) -> {
          assertThat(grant).isEqualTo("client_credentials");
          assertThat(type).isEqualTo(OktaTokenApi.CLIENT_ASSERTION_TYPE);
          assertionsSent.add(assertion);
          tokensIssued++;
          return new OktaTokenApi.TokenResponse("token-" + tokensIssued, "Bearer", 3600);
        };
    return new OktaAuthorization(() -> credential, tokens, new ClientAssertions(TOKEN_URL), clock);
  }

  private static ServiceAppKey serviceApp() {
    return new ServiceAppKey("0oaservice", "kid-1", privateKeyPem, List.of("okta.groups.manage"));
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
