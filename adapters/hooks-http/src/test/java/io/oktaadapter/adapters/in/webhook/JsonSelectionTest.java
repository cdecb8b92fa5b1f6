package io.oktaadapter.adapters.in.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonSelectionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String REQUEST =
      """
      {"eventId":"e-1","eventType":"com.okta.oauth2.tokens.transform","cloudEventVersion":"0.1",
       "data":{"context":{"user":{"id":"00u1","profile":{"login":"a@b.example"}},
                          "protocol":{"type":"OAUTH2.0","client":{"id":"0oa1","name":"EFS"}}},
               "identity":{"claims":{"sub":"00u1","email":"a@b.example","amr":["pwd"]}},
               "access":{"claims":{"uid":"00u1","scp":["openid"]},"scopes":{"openid":{"id":"s"}}},
               "note":null}}
      """;

  private final JsonSelection selection =
      JsonSelection.keeping(
              "/eventType",
              "/eventId",
              "/data/context/protocol/client/id",
              "/data/access/claims/uid")
          .presence("/data/identity", "/data/access", "/data/note", "/data/missing");

  @Test
  void givenTokenRequest_read_answersTheSelectedMembersAsTheWholeTreeWould() throws IOException {
    JsonNode whole = JSON.readTree(REQUEST);
    JsonNode selected = selection.read(JSON, REQUEST.getBytes(UTF_8));

    for (String pointer :
        new String[] {
          "/eventType", "/eventId", "/data/context/protocol/client/id", "/data/access/claims/uid"
        }) {
      assertThat(selected.at(pointer)).as(pointer).isEqualTo(whole.at(pointer));
    }
    assertThat(selected.path("data").has("identity")).isTrue();
    assertThat(selected.path("data").has("access")).isTrue();
    assertThat(selected.path("data").has("note")).isTrue();
    assertThat(selected.path("data").has("missing")).isFalse();
  }

  @Test
  void givenTokenRequest_read_leavesOutWhatIsNotSelected() throws IOException {
    JsonNode selected = selection.read(JSON, REQUEST.getBytes(UTF_8));

    assertThat(selected.has("cloudEventVersion")).isFalse();
    assertThat(selected.at("/data/identity").isEmpty()).isTrue();
    assertThat(selected.at("/data/context/user/profile").isMissingNode()).isTrue();
    assertThat(selected.at("/data/access/scopes").isMissingNode()).isTrue();
    assertThat(selected.at("/data/access/claims/scp").isMissingNode()).isTrue();
  }

  @Test
  void givenNumberWhereAStringIsUsual_read_keepsTheValue() throws IOException {
    JsonNode selected =
        selection.read(JSON, "{\"eventId\":42,\"data\":{\"access\":[1,2]}}".getBytes(UTF_8));

    assertThat(InlineHookDecisions.text(selected.path("eventId"))).isEqualTo("42");
    assertThat(selected.path("data").has("access")).isTrue();
  }

  @Test
  void givenDocumentThatIsNoObject_read_answersNull() throws IOException {
    assertThat(selection.read(JSON, "[1,2]".getBytes(UTF_8))).isNull();
    assertThat(selection.read(JSON, "\"text\"".getBytes(UTF_8))).isNull();
  }

  @Test
  void givenMalformedJsonInASkippedMember_read_refusesIt() {
    assertThatThrownBy(
            () ->
                selection.read(JSON, "{\"other\":{\"a\":[1,}},\"eventId\":\"x\"}".getBytes(UTF_8)))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> selection.read(JSON, "{\"eventId\":\"x\"".getBytes(UTF_8)))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> selection.read(JSON, "{\"eventId\":\"x\"} {}".getBytes(UTF_8)))
        .isInstanceOf(IOException.class);
  }
}
