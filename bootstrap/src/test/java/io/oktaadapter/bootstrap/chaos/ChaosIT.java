package io.oktaadapter.bootstrap.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.bench.chaos.AppProcess;
import io.oktaadapter.bench.chaos.ChaosRun;
import io.oktaadapter.bench.chaos.FaultReport;
import io.oktaadapter.testing.FreePorts;
import io.oktaadapter.testing.KafkaBroker;
import io.oktaadapter.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * End to end, against the packaged application (production profile) with the real broker and the
 * real database: the faults of {@code bench/chaos}, shorter. Under a steady stream of deliveries
 * with several events per key, the application is killed with {@code kill -9} and restarted, the
 * broker is stopped for longer than the relay used to wait for an acknowledgement (it then sent
 * every waiting event again), and PostgreSQL is stopped. Nothing acknowledged is lost, no key's
 * events reach the topic out of order, the broker outage leaves at most 0.1 % extra copies, no
 * delivery is answered 200 while the database is down, and those answers are fast.
 */
class ChaosIT {

  private static final String SECRET = "chaos-it-event-hook-secret";

  @Test
  void
      givenKillBrokerAndDatabaseFaults_deliveries_areNeitherLostNorReorderedNorFalselyAcknowledged()
          throws Exception {
    PostgresServer pg = PostgresServer.shared();
    Assumptions.assumeTrue(
        pg.isEmbedded(),
        "skipped: an external PostgreSQL (" + PostgresServer.EXTERNAL_URL_ENV + ")");
    KafkaBroker broker = KafkaBroker.shared();
    Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
    assertThat(jar).as("the packaged application").exists();
    Path secrets = Files.createTempDirectory("chaos-it-secrets");
    Map<String, String> env =
        Map.of(
            "OKTA_ADAPTER_DB_URL", pg.jdbcUrl(),
            "OKTA_ADAPTER_DB_USER", pg.username(),
            "OKTA_ADAPTER_DB_PASSWORD", pg.password(),
            "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
            "OKTA_ADAPTER_OIDC_ISSUER", "http://127.0.0.1:1/realms/none",
            "OKTA_ORG_URL", "http://127.0.0.1:1",
            "OKTA_ADAPTER_SECRETS_BACKEND", "local",
            "OKTA_ADAPTER_SECRETS_LOCAL_DIRECTORY", secrets.toString());
    List<String> jvm =
        List.of(
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xmx256m",
            "-Dokta-adapter.secrets.local.seed.\"hooks/event/current\"=" + SECRET);
    ChaosRun.Settings settings =
        new ChaosRun.Settings(
            100,
            4,
            24,
            Duration.ofSeconds(3),
            1,
            Duration.ofSeconds(1),
            // Longer than the 10 s the relay used to wait before sending the same events again.
            Duration.ofSeconds(15),
            Duration.ofSeconds(5),
            Duration.ofSeconds(90),
            Duration.ofSeconds(120));
    ChaosRun.Infrastructure infra =
        new ChaosRun.Infrastructure() {
          @Override
          public void stopBroker() {
            broker.stop();
          }

          @Override
          public void startBroker() {
            broker.restart();
          }

          @Override
          public void stopDatabase() {
            pg.stop();
          }

          @Override
          public void startDatabase() {
            pg.restart();
          }
        };
    List<FaultReport> reports;
    try (AppProcess app =
        new AppProcess(
            jar, jvm, env, FreePorts.next(), Path.of("target/chaos-it-application.log"))) {
      reports =
          new ChaosRun(settings, app, infra, broker.bootstrapServers(), TOPIC, SECRET).runAll();
    }
    ChaosRun.print(reports);

    assertThat(reports).hasSize(3);
    for (FaultReport r : reports) {
      assertThat(r.acknowledged()).as(r.fault() + ": acknowledged").isPositive();
      assertThat(r.lost()).as(r.fault() + ": lost").isZero();
      assertThat(r.orderViolations()).as(r.fault() + ": per-key order violations").isZero();
    }
    FaultReport brokerDown = reports.get(1);
    assertThat(brokerDown.duplicateShare())
        .as("extra copies after the broker outage")
        .isLessThanOrEqualTo(0.001);
    FaultReport databaseDown = reports.get(2);
    assertThat(databaseDown.okWhileDbDown()).as("200s while PostgreSQL was down").isZero();
    assertThat(databaseDown.unavailable()).as("503s while PostgreSQL was down").isPositive();
    // About 100 ms is the target; the bound leaves room for a loaded CI machine, and still fails
    // the 1-2 s that waiting for the pool's acquisition timeout took.
    assertThat(databaseDown.unavailableP99Millis()).as("503 p99 (ms)").isLessThan(400);
  }

  private static final String TOPIC = "okta-adapter.identity-events";
}
