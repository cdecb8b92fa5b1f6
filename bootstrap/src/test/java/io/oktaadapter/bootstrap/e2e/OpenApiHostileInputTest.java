package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

/**
 * Generative test over the served OpenAPI document (issue 18): every operation is sent malformed
 * and hostile inputs (jqwik arbitraries with a fixed seed: wrong JSON types, duplicate keys, extra
 * and missing fields, overflowing numbers, long and odd strings, invalid UTF-8, other content
 * types, path tricks), as the most privileged operator so that each input reaches validation. For
 * each: no 5xx, a problem+json body without internals; writes are refused; afterwards nothing was
 * changed in the database (no audit entry under the run's request ids, same tenant and application
 * rows). Bounded budget: {@link #PER_OPERATION} inputs per operation and {@link #BUDGET_MS} in all.
 */
@QuarkusTest
class OpenApiHostileInputTest {

  static final int PER_OPERATION = 40;
  static final long BUDGET_MS = 100_000;
  private static final long SEED = 18L;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject DataSource db;

  private final Random random = new Random(SEED);

  // Chosen among by the test's own seeded Random; generated inside a JqwikSession, since this test
  // runs in Quarkus' JUnit Jupiter extension rather than on a jqwik thread.
  private static final List<Arbitrary<String>> HOSTILE_TEXT =
      List.of(
          Arbitraries.of(
              "",
              " ",
              "../../etc/passwd",
              "..%2f..%2f",
              "%2e%2e%2f",
              "%00",
              "a/b",
              "' or 1=1 --",
              "<script>alert(1)</script>",
              "${jndi:ldap://x/a}",
              "{{7*7}}",
              "NaN",
              "1e309",
              "-0",
              "2147483648",
              "-2147483649",
              "9223372036854775808",
              "99999999999999999999999999",
              "0x7fffffff",
              "１２３",
              "\u202Eevil",
              "null",
              "true"),
          Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40),
          Arbitraries.strings().withChars('a', 'Z').ofLength(5000),
          Arbitraries.bigIntegers()
              .between(
                  new java.math.BigInteger("-99999999999999999999999"),
                  new java.math.BigInteger("99999999999999999999999"))
              .map(Object::toString));

  private static final List<Arbitrary<String>> HOSTILE_NUMBER =
      List.of(
          Arbitraries.of(
              "2147483647",
              "2147483648",
              "-1",
              "-2147483649",
              "21474837",
              "9223372036854775807",
              "99999999999999999999",
              "1e10",
              "1.5",
              "abc",
              "",
              "０",
              "0x10"),
          Arbitraries.longs().map(Object::toString));

  private static final List<Arbitrary<String>> CONTENT_TYPE =
      List.of(
          Arbitraries.just("application/json"),
          Arbitraries.just("application/json"),
          Arbitraries.of(
              "text/plain",
              "application/xml",
              "multipart/form-data; boundary=xyz",
              "application/x-www-form-urlencoded",
              "*/*",
              "application/*",
              "application/json; charset=ISO-8859-1",
              "application/problem+json"));

  @Test
  void givenEveryOperation_hostileInputs_neverAnswer5xxAndChangeNothing() throws Exception {
    JsonNode api =
        JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
    String admin = Tokens.bearer("fuzzer", "admin");
    Map<String, Long> before = fingerprint();
    long started = System.currentTimeMillis();
    int tried = 0;
    List<String> failures = new ArrayList<>();
    JqwikSession.start();
    try {
      Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields();
      while (paths.hasNext()) {
        Map.Entry<String, JsonNode> path = paths.next();
        Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
        while (ops.hasNext()) {
          Map.Entry<String, JsonNode> op = ops.next();
          String method = op.getKey().toUpperCase();
          if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
            continue;
          }
          for (int i = 0; i < PER_OPERATION; i++) {
            if (System.currentTimeMillis() - started > BUDGET_MS) {
              break;
            }
            tried++;
            String requestId = "fuzz-" + tried;
            String target = target(path.getKey(), op.getValue(), i);
            RequestSpecification request =
                given()
                    .urlEncodingEnabled(false)
                    .header("X-Request-Id", requestId)
                    .header("Authorization", i % 10 == 9 ? "Bearer " + draw(HOSTILE_TEXT) : admin);
            boolean hasBody = op.getValue().has("requestBody") || i % 7 == 0;
            if (hasBody) {
              request = request.contentType(draw(CONTENT_TYPE)).body(body(api, op.getValue(), i));
            }
            Response r;
            try {
              r = request.request(method, target);
            } catch (RuntimeException e) {
              // The client refused to send it (an illegal URI): nothing reached the server.
              continue;
            }
            check(method, target, r, failures);
          }
        }
      }
    } finally {
      JqwikSession.finish();
    }
    System.out.printf(
        "OpenApiHostileInputTest: %d hostile inputs tried in %d ms%n",
        tried, System.currentTimeMillis() - started);
    assertThat(tried).isGreaterThan(200);
    assertThat(failures).as("answers breaking the contract").isEmpty();
    assertThat(fingerprint()).as("database rows touched by the run").isEqualTo(before);
  }

  private void check(String method, String target, Response r, List<String> failures) {
    int status = r.statusCode();
    String body = r.asString();
    String where = method + " " + cut(target) + " -> " + status + " " + cut(body);
    if (status >= 500) {
      failures.add("5xx: " + where);
      return;
    }
    boolean write = !method.equals("GET");
    if (write && status < 400) {
      failures.add("write accepted: " + where);
      return;
    }
    if (status >= 400) {
      String type = String.valueOf(r.contentType());
      if (!type.startsWith("application/problem+json")) {
        failures.add("not problem+json: " + where);
        return;
      }
      try {
        JsonNode problem = JSON.readTree(body);
        if (!problem.path("type").asText().startsWith("https://okta-adapter.io/problems/")
            || problem.path("detail").asText().isBlank()) {
          failures.add("problem without stable type or detail: " + where);
        }
      } catch (Exception e) {
        failures.add("problem body is not JSON: " + where);
      }
      if (body.contains("Exception")
          || body.contains("com.fasterxml")
          || body.contains("java.")
          || body.contains("io.oktaadapter")) {
        failures.add("internals in the body: " + where);
      }
    }
  }

  private String target(String template, JsonNode op, int i) {
    StringBuilder path = new StringBuilder();
    for (String segment : template.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      path.append('/');
      if (segment.startsWith("{")) {
        path.append(encode(draw(HOSTILE_TEXT), i));
      } else {
        path.append(segment);
      }
    }
    StringBuilder query = new StringBuilder();
    for (JsonNode p : op.path("parameters")) {
      if (!"query".equals(p.path("in").asText())) {
        continue;
      }
      String value =
          p.path("schema").path("type").asText().equals("integer") || i % 2 == 0
              ? draw(HOSTILE_NUMBER)
              : draw(HOSTILE_TEXT);
      query.append(query.length() == 0 ? '?' : '&');
      query.append(p.path("name").asText()).append('=').append(encode(value, i));
    }
    if (i % 5 == 4) {
      query.append(query.length() == 0 ? '?' : '&').append("page=").append(draw(HOSTILE_NUMBER));
    }
    return path + query.toString();
  }

  /** Mostly percent-encoded; sometimes raw path tricks the client lets through. */
  private static String encode(String value, int i) {
    if (i % 6 == 1 && value.matches("[A-Za-z0-9./%_-]*")) {
      return value;
    }
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private byte[] body(JsonNode api, JsonNode op, int i) {
    switch (i % 9) {
      case 0:
        return new byte[0];
      case 1:
        return "{\"a\":".getBytes(StandardCharsets.UTF_8);
      case 2:
        return new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
      case 3:
        return "[".repeat(3000).getBytes(StandardCharsets.UTF_8);
      default:
        break;
    }
    Map<String, JsonNode> properties = properties(api, op);
    StringBuilder json = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
      if (random.nextInt(4) == 0) {
        continue; // missing field
      }
      if (!first) {
        json.append(',');
      }
      first = false;
      json.append('"').append(property.getKey()).append("\":").append(wrongValue(property));
      if (i % 9 == 4) {
        json.append(",\"").append(property.getKey()).append("\":").append(wrongValue(property));
      }
    }
    if (i % 9 == 5 || first) {
      json.append(first ? "" : ",").append("\"status\":\"ACTIVE\",\"oktaId\":\"00g1\"");
    }
    json.append('}');
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A value of another JSON type than the schema's, or an out-of-range one. */
  private String wrongValue(Map.Entry<String, JsonNode> property) {
    String type = property.getValue().path("type").asText();
    List<String> candidates = new ArrayList<>();
    candidates.add("null");
    candidates.add("{\"x\":[1,2]}");
    candidates.add("99999999999999999999999999");
    candidates.add("-2147483649");
    candidates.add("1e309");
    candidates.add("true");
    if (!type.equals("array")) {
      candidates.add("[\"" + escape(draw(HOSTILE_TEXT)) + "\"]");
    }
    if (!type.equals("string")) {
      candidates.add("\"" + escape(draw(HOSTILE_TEXT)) + "\"");
    } else {
      candidates.add("\"" + escape(draw(HOSTILE_TEXT)) + "\"");
      candidates.add("12");
    }
    return candidates.get(random.nextInt(candidates.size()));
  }

  private static Map<String, JsonNode> properties(JsonNode api, JsonNode op) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    JsonNode schema =
        op.path("requestBody").path("content").path("application/json").path("schema");
    String ref = schema.path("$ref").asText();
    if (!ref.isEmpty()) {
      schema = api.at(ref.substring(1));
    }
    schema.path("properties").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
    if (out.isEmpty()) {
      out.put("value", JSON.createObjectNode());
    }
    return out;
  }

  private Map<String, Long> fingerprint() throws Exception {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      for (String sql :
          List.of(
              "select count(*) from audit_log where request_id like 'fuzz-%'",
              "select count(*) from tenant",
              "select count(*) from application",
              "select count(*) from event_quarantine",
              "select count(*) from okta_event")) {
        try (ResultSet rs = s.executeQuery(sql)) {
          rs.next();
          counts.put(sql, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  private <T> T draw(List<Arbitrary<T>> arbitraries) {
    Arbitrary<T> arbitrary = arbitraries.get(random.nextInt(arbitraries.size()));
    RandomGenerator<T> generator = arbitrary.generatorWithEmbeddedEdgeCases(1000);
    return generator.next(random).value();
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (ch == '"' || ch == '\\') {
        out.append('\\').append(ch);
      } else if (ch < 0x20) {
        out.append(String.format("\\u%04x", (int) ch));
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  private static String cut(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
