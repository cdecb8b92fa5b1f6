package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * End to end: the classes of client input that used to produce a 5xx, an empty body or framework
 * internals now answer RFC 9457 problem details with a stable type (issue 18), including the
 * refusals made on the Vert.x router before RESTEasy (413, 414, 431) and at the hook endpoints
 * before a body is read; metric labels stay bounded whatever paths are requested.
 */
@QuarkusTest
class HttpHardeningTest {

  private static final String PROBLEMS = "https://okta-adapter.io/problems/";

  @TestHTTPResource("/")
  URL root;

  @Inject MeterRegistry registry;

  @Test
  void givenRoutingRefusals_answers_areProblemsWithStableTypes() {
    String admin = Tokens.bearer("ada", "admin");
    problem(given().get("/nope/" + UUID.randomUUID()), 404, "not-found");
    problem(
        given().header("Authorization", admin).patch("/api/v1/tenants"), 405, "method-not-allowed");
    problem(
        given().header("Authorization", admin).accept("application/xml").get("/api/v1/tenants"),
        406,
        "not-acceptable");
    problem(
        given()
            .header("Authorization", admin)
            .contentType("text/plain")
            .body("x")
            .post("/api/v1/tenants"),
        415,
        "unsupported-media-type");
  }

  @Test
  void givenMalformedJson_answers_are400NamingTheFieldWithoutParserInternals() {
    String admin = Tokens.bearer("ada", "admin");
    Response duplicate =
        given()
            .header("Authorization", admin)
            .contentType("application/json")
            .body("{\"key\":\"acme-dup\",\"key\":\"other\",\"displayName\":\"x\"}")
            .post("/api/v1/tenants");
    problem(duplicate, 400, "invalid-input");
    assertThat(duplicate.jsonPath().getString("errors[0].field")).isEqualTo("key");

    Response mismatch =
        given()
            .header("Authorization", admin)
            .contentType("application/json")
            .body("{\"key\":[1],\"displayName\":\"x\"}")
            .post("/api/v1/tenants");
    problem(mismatch, 400, "invalid-input");
    assertThat(mismatch.jsonPath().getString("errors[0].field")).isEqualTo("key");
    assertThat(mismatch.asString()).doesNotContain("objectName").doesNotContain("java.");
  }

  @Test
  void givenOverflowingPagingNumbers_answers_are400NamingTheParameter() {
    String viewer = Tokens.bearer("vera", "viewer");
    for (String page : new String[] {"2147483647", "21474837", "99999999999999", "-1"}) {
      Response r = given().header("Authorization", viewer).get("/api/v1/tenants?page=" + page);
      problem(r, 400, "invalid-input");
      assertThat(r.jsonPath().getString("errors[0].field")).isEqualTo("page");
      r = given().header("Authorization", viewer).get("/api/v1/audit?page=" + page);
      problem(r, 400, "invalid-input");
    }
  }

  @Test
  void givenLimitsExceeded_theRouter_answersProblems() throws Exception {
    String admin = Tokens.bearer("ada", "admin");
    assertRaw(
        "POST /api/v1/tenants HTTP/1.1\r\nHost: x\r\nAuthorization: "
            + admin
            + "\r\nContent-Type: application/json\r\nContent-Length: 20000000\r\n\r\n",
        413,
        "payload-too-large");
    assertRaw(
        "GET /api/v1/tenants?q=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
        414,
        "uri-too-long");
    assertRaw(
        "GET /api/v1/tenants HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(30000) + "\r\n\r\n",
        431,
        "headers-too-large");
  }

  @Test
  void givenHookCallsWithOtherContentTypes_theGate_answersBeforeReadingTheBody() throws Exception {
    for (String type :
        new String[] {"*/*", "application/*", "text/plain", "application/json-patch+json"}) {
      problem(
          given()
              .header("Authorization", TestHookSecrets.EVENT_SECRET)
              .contentType(type)
              .body("{}".getBytes(StandardCharsets.UTF_8))
              .post("/hooks/okta/events"),
          415,
          "unsupported-media-type");
    }
    problem(
        given()
            .header("Authorization", TestHookSecrets.EVENT_SECRET)
            .multiPart("f", "x")
            .post("/hooks/okta/events"),
        415,
        "unsupported-media-type");
    problem(
        given()
            .header("Authorization", TestHookSecrets.EVENT_SECRET)
            .formParam("a", "b")
            .post("/hooks/okta/events"),
        415,
        "unsupported-media-type");
    problem(
        given()
            .header("Authorization", TestHookSecrets.INLINE_SECRET)
            .multiPart("f", "x")
            .post("/hooks/okta/inline/token"),
        415,
        "unsupported-media-type");
    // The secret is checked first: a wrong one is a 401 whatever the content type.
    problem(given().multiPart("f", "x").post("/hooks/okta/events"), 401, "unauthenticated");
    // Nothing of the body is read: the answer arrives while the client is still sending it.
    assertRaw(
        "POST /hooks/okta/events HTTP/1.1\r\nHost: x\r\nAuthorization: "
            + TestHookSecrets.EVENT_SECRET
            + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 5000000\r\n\r\n--b\r\n",
        415,
        "unsupported-media-type");
  }

  @Test
  void givenManyDistinctRefusedPaths_httpMetrics_keepABoundedNumberOfSeries() {
    String admin = Tokens.bearer("ada", "admin");
    Set<String> before = uris();
    for (int i = 0; i < 150; i++) {
      String id = UUID.randomUUID().toString();
      given().header("Authorization", admin).patch("/api/v1/tenants/t" + i + "/" + id);
      given().header("Authorization", admin).delete("/api/v1/" + id);
      given().get("/x/" + id);
      given().header("Authorization", admin).patch("/api/v1/tenants");
      given().header("Authorization", admin).patch("/api/v1/tenants/acme" + i);
      given().header("Authorization", admin).accept("application/xml").get("/api/v1/tenants/t" + i);
    }
    Set<String> added = uris();
    added.removeAll(before);
    System.out.println("HTTP metric uri labels added by 900 refused requests: " + added);
    assertThat(added.size()).as("new uri labels: %s", added).isLessThanOrEqualTo(5);
    assertThat(added).noneMatch(u -> u.contains("acme") || u.matches(".*[0-9a-f]{8}-.*"));
  }

  private Set<String> uris() {
    return registry.getMeters().stream()
        .map(Meter::getId)
        .filter(id -> id.getName().startsWith("http.server"))
        .map(id -> String.valueOf(id.getTag("uri")))
        .collect(Collectors.toSet());
  }

  private static void problem(Response r, int status, String type) {
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.jsonPath().getString("type")).isEqualTo(PROBLEMS + type);
    assertThat(r.jsonPath().getString("detail")).isNotBlank();
    assertThat(r.asString()).doesNotContain("Exception").doesNotContain("jackson");
  }

  private void assertRaw(String request, int status, String type) throws Exception {
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      // The server answers while the body is still outstanding: read the answer, not to the end.
      StringBuilder received = new StringBuilder();
      byte[] buffer = new byte[4096];
      while (!received.toString().endsWith("}")) {
        int n = in.read(buffer);
        if (n < 0) {
          break;
        }
        received.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
      }
      String answer = received.toString();
      assertThat(answer).startsWith("HTTP/1.1 " + status);
      assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
      assertThat(answer).contains("\"type\":\"" + PROBLEMS + type + "\"");
    }
  }
}
