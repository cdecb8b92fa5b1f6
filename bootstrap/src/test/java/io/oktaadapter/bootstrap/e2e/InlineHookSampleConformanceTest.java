package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Conformance: every official inline-hook request sample that Okta publishes (kept outside this
 * repository in {@code ../shared/okta/samples}) gets an answer of the documented shape for its hook
 * type. Skipped, with a plain message, when the samples are absent.
 */
@QuarkusTest
class InlineHookSampleConformanceTest {

  private static final Map<String, String> ENDPOINT_BY_PREFIX =
      Map.of(
          "token-", "token",
          "registration-", "registration",
          "user-import-", "import",
          "saml-", "saml",
          "password-import-", "password-import",
          "telephony-", "telephony");

  @TestFactory
  Stream<DynamicTest> givenOfficialRequestSamples_hookCall_answersTheDocumentedShape()
      throws IOException {
    Optional<Path> samples = OktaSampleConformanceTest.samplesDirectory();
    if (samples.isEmpty()) {
      String message =
          "Okta's official samples were not found (looked for ../shared/okta/samples above "
              + System.getProperty("user.dir")
              + " and in $OKTA_SAMPLES_DIR): the inline-hook conformance test did not run.";
      System.out.println("SKIPPED: " + message);
      Assumptions.abort(message);
    }
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(samples.get())) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith("-inline-hook-request.json")) {
          continue;
        }
        ENDPOINT_BY_PREFIX.forEach(
            (prefix, hook) -> {
              if (name.startsWith(prefix)) {
                tests.add(DynamicTest.dynamicTest(name, () -> callAndCheck(hook, file)));
              }
            });
      }
    }
    assertThat(tests).as("inline-hook request samples in " + samples.get()).hasSize(6);
    return tests.stream();
  }

  private static void callAndCheck(String hook, Path sample) throws IOException {
    String body =
        given()
            .header("Authorization", TestHookSecrets.INLINE_SECRET)
            .contentType(ContentType.JSON)
            .body(Files.readString(sample))
            .when()
            .post("/hooks/okta/inline/" + hook)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    InlineHookShape.assertConforms(hook, body);
  }
}
