package io.oktaadapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Fidelity through a second official client: Okta's Node.js management SDK ({@code
 * src/test/node/fidelity.js}, installed by the build with {@code npm ci} from its lock file) drives
 * groups, group rules, OIDC apps, trusted origins, users, owners and paged lists against the
 * simulator; every scenario must pass and every exchange must validate against Okta's published
 * spec, as for the Java SDK.
 */
class NodeSdkFidelityTest {
  private static final int SCENARIOS = 6;
  private final List<RecordedExchange> exchanges = new CopyOnWriteArrayList<>();

  @Test
  void givenNodeSdk_everyScenario_passesAndEveryExchangeMatchesOktasSpec() throws Exception {
    Path dir = Path.of(System.getProperty("okta.node-sdk.dir", "target/node-sdk"));
    assertThat(dir.resolve("node_modules/@okta/okta-sdk-nodejs/package.json"))
        .as("Okta's Node.js SDK installed by the build ('npm ci' in %s; needs npm)", dir)
        .isRegularFile();

    String output;
    int exit;
    try (OktaSimulator simulator =
        OktaSimulator.builder().exchangeListener(exchanges::add).start()) {
      ProcessBuilder builder =
          new ProcessBuilder("node", "fidelity.js")
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("fidelity.out").toFile());
      builder.environment().put("OKTA_ORG_URL", simulator.baseUrl());
      builder.environment().put("OKTA_TOKEN", simulator.token());
      Process node = builder.start();
      node.getOutputStream().close();
      if (!node.waitFor(3, TimeUnit.MINUTES)) {
        node.destroyForcibly();
      }
      exit = node.isAlive() ? -1 : node.exitValue();
      output = Files.readString(dir.resolve("fidelity.out"), StandardCharsets.UTF_8);
    }
    System.out.println(output);

    assertThat(output).contains("node-sdk scenarios: " + SCENARIOS + " passed, 0 failed");
    assertThat(exit).as("node exit status; output:%n%s", output).isZero();
    assertThat(exchanges.stream().filter(e -> e.path().equals("/api/v1/groups")))
        .as("paged group list: one request per page")
        .filteredOn(e -> e.method().equals("GET") && e.query().contains("after="))
        .hasSizeGreaterThanOrEqualTo(2);

    Path spec =
        Path.of(
            System.getProperty("okta.openapi.spec", "target/okta-openapi/package/dist/spec.yaml"));
    Assumptions.assumeTrue(
        Files.isRegularFile(spec),
        "SKIPPED, NOT VALIDATED: Okta's spec " + spec + " is missing (needs npm).");
    OktaSpecValidator validator = new OktaSpecValidator(spec, KnownSpecDefects::matches);
    List<String> problems = new ArrayList<>();
    exchanges.forEach(exchange -> problems.addAll(validator.problems(exchange)));
    System.out.println("node-sdk exchanges validated against Okta's spec: " + exchanges.size());
    assertThat(problems).as("spec violations in %d exchanges", exchanges.size()).isEmpty();
  }
}
