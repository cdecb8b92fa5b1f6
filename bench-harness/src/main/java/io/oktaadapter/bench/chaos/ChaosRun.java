package io.oktaadapter.bench.chaos;

import io.oktaadapter.bench.chaos.DeliveryStream.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Chaos harness of {@code bench/chaos} and of {@code ChaosIT}: against the packaged application,
 * real PostgreSQL and a real broker, a steady stream of single-event deliveries (several events per
 * key) runs through each fault in turn, and the topic is checked afterwards:
 *
 * <ol>
 *   <li>the application killed ({@code kill -9}) and started again, {@code kills} times;
 *   <li>the broker stopped and started again in place;
 *   <li>PostgreSQL stopped and started again.
 * </ol>
 */
public final class ChaosRun {

  /** How the harness stops and starts the infrastructure. */
  public interface Infrastructure {
    void stopBroker() throws Exception;

    void startBroker() throws Exception;

    void stopDatabase() throws Exception;

    void startDatabase() throws Exception;
  }

  /** Rates and durations of a run. */
  public record Settings(
      int rate,
      int connections,
      int keys,
      Duration steady,
      int kills,
      Duration killedFor,
      Duration brokerDownFor,
      Duration databaseDownFor,
      Duration drainTimeout,
      Duration startTimeout) {}

  private final Settings settings;
  private final AppProcess app;
  private final Infrastructure infra;
  private final String kafka;
  private final String topic;
  private final String secret;
  private final String run = "chaos" + UUID.randomUUID().toString().substring(0, 8);

  public ChaosRun(
      Settings settings,
      AppProcess app,
      Infrastructure infra,
      String kafka,
      String topic,
      String secret) {
    this.settings = settings;
    this.app = app;
    this.infra = infra;
    this.kafka = kafka;
    this.topic = topic;
    this.secret = secret;
  }

  /** Starts the application, runs the three faults and returns their figures. */
  public List<FaultReport> runAll() throws Exception {
    log("application ready in " + app.start(settings.startTimeout()) + " ms");
    List<FaultReport> reports = new ArrayList<>();
    reports.add(killFault());
    reports.add(brokerFault());
    reports.add(databaseFault());
    return reports;
  }

  private FaultReport killFault() throws Exception {
    Phase phase = new Phase("kill");
    phase.steady();
    for (int i = 1; i <= settings.kills(); i++) {
      app.kill();
      log("kill -9 #" + i);
      Thread.sleep(settings.killedFor().toMillis());
      log("restarted, ready in " + app.start(settings.startTimeout()) + " ms");
      if (i < settings.kills()) {
        phase.steady();
      }
    }
    return phase.finish(
        "app kill -9 x" + settings.kills() + " (" + settings.killedFor().toSeconds() + " s down)",
        null);
  }

  private FaultReport brokerFault() throws Exception {
    Phase phase = new Phase("broker");
    phase.steady();
    infra.stopBroker();
    log("broker stopped");
    Thread.sleep(settings.brokerDownFor().toMillis());
    infra.startBroker();
    log("broker started again");
    return phase.finish("broker down " + settings.brokerDownFor().toSeconds() + " s", null);
  }

  private FaultReport databaseFault() throws Exception {
    Phase phase = new Phase("db");
    phase.steady();
    infra.stopDatabase();
    long downFrom = System.nanoTime();
    log("PostgreSQL stopped");
    Thread.sleep(settings.databaseDownFor().toMillis());
    long downUntil = System.nanoTime();
    infra.startDatabase();
    log("PostgreSQL started again");
    return phase.finish(
        "PostgreSQL down " + settings.databaseDownFor().toSeconds() + " s",
        new long[] {downFrom, downUntil});
  }

  /** One fault's stream, its topic reader and its clock. */
  private final class Phase {
    private final String label;
    private final TopicLedger ledger;
    private final DeliveryStream stream;

    Phase(String name) {
      this.label = run + name;
      this.ledger = new TopicLedger(kafka, topic, label);
      this.stream =
          new DeliveryStream(
              app.deliveryUrl(),
              secret,
              label,
              settings.rate(),
              settings.connections(),
              settings.keys());
      stream.start();
    }

    void steady() throws InterruptedException {
      Thread.sleep(settings.steady().toMillis());
    }

    FaultReport finish(String fault, long[] dbDownWindow) throws Exception {
      long recoveredNanos = System.nanoTime();
      long recoveredMillis = System.currentTimeMillis();
      steady();
      List<Answer> answers = stream.stop();
      Set<String> acked = new HashSet<>();
      answers.stream().filter(a -> a.status() == 200).forEach(a -> acked.add(a.uuid()));
      long missing = ledger.awaitAll(acked, settings.drainTimeout());
      // A little longer, so that late extra copies are counted too.
      Thread.sleep(2000);
      FaultReport report =
          FaultReport.of(
              fault,
              answers,
              ledger.snapshot(),
              missing,
              dbDownWindow,
              recoveredMillis,
              recoveredNanos);
      ledger.close();
      log(report.line());
      return report;
    }
  }

  private static void log(String message) {
    System.out.printf("[chaos] %s%n", message);
    System.out.flush();
  }

  /** Prints the table of a run. */
  public static void print(List<FaultReport> reports) {
    System.out.println(FaultReport.header());
    reports.forEach(r -> System.out.println(r.line()));
  }
}
