package io.oktaadapter.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The alert rules in k8s/base/monitoring, checked and unit-tested by Prometheus' own promtool
 * (Debian's prometheus package; .ci/run installs it), and the Grafana dashboard's queries naming
 * only metrics the rules or the application know.
 */
class AlertRulesTest {

  private static final Path MONITORING = Podman.repositoryRoot().resolve("k8s/base/monitoring");

  private static void requirePromtool() {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    boolean installed = false;
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      installed |= Files.isExecutable(Path.of(dir, "promtool"));
    }
    if (!ci) {
      Assumptions.assumeTrue(installed, "promtool missing (apt-get install prometheus)");
    }
  }

  @Test
  void givenTheRules_promtoolCheck_acceptsThem() {
    requirePromtool();
    Podman.Result result =
        Podman.exec(
            MONITORING,
            null,
            Duration.ofMinutes(1),
            "promtool",
            "check",
            "rules",
            "alert-rules.yaml");
    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(result.out()).contains("SUCCESS: 6 rules found");
  }

  @Test
  void givenTheRuleTests_promtoolTest_passes() {
    requirePromtool();
    Podman.Result result =
        Podman.exec(
            MONITORING,
            null,
            Duration.ofMinutes(1),
            "promtool",
            "test",
            "rules",
            "alert-rules.test.yaml");
    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(result.out() + result.err()).contains("SUCCESS");
  }

  @Test
  void givenABrokenExpectation_promtoolTest_fails() throws IOException {
    requirePromtool();
    Path work = Files.createTempDirectory("alert-rules");
    Files.copy(MONITORING.resolve("alert-rules.yaml"), work.resolve("alert-rules.yaml"));
    String tests = Files.readString(MONITORING.resolve("alert-rules.test.yaml"));
    // The backlog alert expected at 4 minutes, when it must not fire yet.
    Files.writeString(
        work.resolve("alert-rules.test.yaml"),
        tests.replaceFirst(
            "eval_time: 4m\n        alertname: OktaAdapterOutboxBacklogOld\n        exp_alerts: \\[\\]",
            "eval_time: 4m\n        alertname: OktaAdapterOutboxBacklogOld\n        exp_alerts:\n"
                + "          - exp_labels:\n              severity: critical"));
    Podman.Result result =
        Podman.exec(
            work,
            null,
            Duration.ofMinutes(1),
            "promtool",
            "test",
            "rules",
            "alert-rules.test.yaml");
    assertThat(result.exitCode()).isNotZero();
    assertThat(result.out() + result.err()).contains("OktaAdapterOutboxBacklogOld");
  }

  @Test
  void givenTheDashboard_everyPanelQueriesAMetricOfTheAdapter() throws IOException {
    JsonNode dashboard =
        new ObjectMapper().readTree(MONITORING.resolve("grafana-dashboard.json").toFile());
    Set<String> expressions = new HashSet<>();
    for (JsonNode panel : dashboard.path("panels")) {
      assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
      panel.path("targets").forEach(t -> expressions.add(t.path("expr").asText()));
    }
    String rules = Files.readString(MONITORING.resolve("alert-rules.yaml"));
    for (String metric :
        Set.of(
            "okta_adapter_outbox_oldest_age_seconds",
            "okta_adapter_commands_total",
            "http_server_requests_seconds_count",
            "http_server_requests_seconds_max",
            "okta_adapter_okta_rate_limited_total",
            "okta_adapter_provisioning_jobs_ended_total")) {
      assertThat(rules).contains(metric);
      assertThat(expressions).as("a panel shows " + metric).anyMatch(e -> e.contains(metric));
    }
  }
}
