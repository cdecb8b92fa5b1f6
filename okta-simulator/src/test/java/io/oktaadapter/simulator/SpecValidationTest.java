package io.oktaadapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * Fidelity: every request the SDK scenarios send and every response the simulator returns validates
 * against Okta's published spec (npm {@code @okta/openapi} 2.15.0, Swagger 2.0).
 */
class SpecValidationTest extends SdkScenarioSuite {
  private Path spec;
  private OktaSpecValidator validator;

  @Override
  protected void prepare() {
    spec =
        Path.of(
            System.getProperty("okta.openapi.spec", "target/okta-openapi/package/dist/spec.yaml"));
    if (Files.isRegularFile(spec)) {
      validator = new OktaSpecValidator(spec, KnownSpecDefects::matches);
    }
  }

  /** Each test reports itself skipped, with the reason, when the spec could not be fetched. */
  @BeforeEach
  void requireSpec() {
    Assumptions.assumeTrue(
        validator != null,
        "SKIPPED, NOT VALIDATED: Okta's spec "
            + spec
            + " is missing; the build fetches it with 'npm pack @okta/openapi@2.15.0', which"
            + " needs npm and the npm registry.");
  }

  @AfterEach
  void everyExchangeValidates() {
    if (validator == null) {
      return;
    }
    assertThat(exchanges).as("exchanges recorded for validation").isNotEmpty();
    List<String> problems = new ArrayList<>();
    exchanges.forEach(exchange -> problems.addAll(validator.problems(exchange)));
    assertThat(problems).as("spec violations in %d exchanges", exchanges.size()).isEmpty();
  }
}
