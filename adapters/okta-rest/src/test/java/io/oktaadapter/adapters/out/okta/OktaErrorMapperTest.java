package io.oktaadapter.adapters.out.okta;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.out.okta.OktaFailure;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OktaErrorMapperTest {

  private final OktaErrorMapper mapper = new OktaErrorMapper();

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource({
    "E0000001, 400, Validation",
    "E0000003, 400, Validation",
    "E0000038, 403, Validation",
    "E0000056, 403, Validation",
    "E0000004, 401, Unauthorized",
    "E0000011, 401, Unauthorized",
    "E0000061, 401, Unauthorized",
    "E0000005, 403, Forbidden",
    "E0000006, 403, Forbidden",
    "E0000015, 403, Forbidden",
    "E0000007, 404, NotFound",
    "E0000008, 404, NotFound",
    "E0000047, 429, RateLimited",
    "E0000009, 500, Transient",
    "E0000010, 503, Transient",
    "E9999999, 502, Transient",
    "E9999999, 409, Validation",
  })
  void givenOktaErrorCode_toThrowable_isTheMappedFailure(String code, int status, String type) {
    OktaFailure failure = mapper.toThrowable(okta(status, code, List.of()));

    assertThat(failure.getClass().getSimpleName()).isEqualTo(type);
    assertThat(failure.errorCode()).contains(code);
    assertThat(failure.errorId()).contains("oae-test");
  }

  @Test
  void givenValidationCauseSayingAlreadyExists_toThrowable_isAlreadyExists() {
    OktaFailure failure =
        mapper.toThrowable(
            okta(400, "E0000001", List.of("name: An object with this field already exists")));

    assertThat(failure).isInstanceOf(OktaFailure.AlreadyExists.class);
  }

  @Test
  void givenRateLimitedAnswer_toThrowable_carriesTheResetTime() {
    Response response =
        Response.status(429)
            .header("X-Rate-Limit-Reset", "1800000060")
            .entity(new OktaErrorBody("E0000047", "API call exceeded rate limit", "x", List.of()))
            .build();

    var failure = (OktaFailure.RateLimited) mapper.toThrowable(response);

    assertThat(failure.resetAt()).isEqualTo(Instant.ofEpochSecond(1_800_000_060L));
  }

  @Test
  void givenBodyThatIsNotOktas_toThrowable_fallsBackToTheStatus() {
    Response response = Response.status(401).entity("<html>proxy</html>").build();

    assertThat(mapper.toThrowable(response)).isInstanceOf(OktaFailure.Unauthorized.class);
  }

  private static Response okta(int status, String code, List<String> causes) {
    List<OktaErrorBody.Cause> bodyCauses = causes.stream().map(OktaErrorBody.Cause::new).toList();
    return Response.status(status)
        .entity(new OktaErrorBody(code, "summary of " + code, "oae-test", bodyCauses))
        .build();
  }
}
