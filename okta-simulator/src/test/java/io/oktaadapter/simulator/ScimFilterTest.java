package io.oktaadapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oktaadapter.simulator.http.OktaException;
import io.oktaadapter.simulator.http.ScimFilter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScimFilterTest {
  private static final JsonNode USER =
      json(
          "{\"status\":\"ACTIVE\",\"lastUpdated\":\"2026-01-02T00:00:00.000Z\","
              + "\"profile\":{\"login\":\"ada@example.com\",\"department\":\"Eng\"}}");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "status eq \"ACTIVE\"|true",
        "status eq \"active\"|true",
        "status ne \"ACTIVE\"|false",
        "profile.login sw \"ada\"|true",
        "profile.login co \"example\"|true",
        "profile.login ew \".org\"|false",
        "profile.department pr|true",
        "profile.manager pr|false",
        "lastUpdated gt \"2026-01-01T00:00:00.000Z\"|true",
        "status eq \"ACTIVE\" and profile.department eq \"Sales\"|false",
        "status eq \"SUSPENDED\" or profile.department eq \"Eng\"|true",
        "(status eq \"SUSPENDED\" or status eq \"ACTIVE\") and profile.login sw \"ada\"|true"
      })
  void givenExpression_test_matchesLikeOkta(String expression, boolean expected) {
    assertThat(ScimFilter.parse(expression, "search").test(USER)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"status eq|x", "status xx \"A\"|x", "(status eq \"A\"|x"})
  void givenMalformedExpression_parse_raisesOktaValidationError(String expression, String ignored) {
    assertThatThrownBy(() -> ScimFilter.parse(expression, "search").test(USER))
        .isInstanceOfSatisfying(
            OktaException.class, e -> assertThat(e.errorCode()).isEqualTo("E0000001"));
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
