package io.oktaadapter.bench.chaos;

import io.oktaadapter.bench.chaos.DeliveryStream.Answer;
import io.oktaadapter.bench.chaos.TopicLedger.Entry;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chaos harness: the figures of one fault, from the deliveries' answers and the topic.
 *
 * @param lost acknowledged (200) but not on the topic after the drain
 * @param duplicates records beyond the first of each event
 * @param duplicateShare duplicates per distinct event of the fault's stream
 * @param orderViolations events whose first record came after the first record of a later event of
 *     the same key
 * @param okWhileDbDown 200 answers to deliveries sent and answered while PostgreSQL was stopped
 * @param unavailableP99Millis 99th percentile of the 503 answers' latency (NaN when none)
 * @param drainSeconds from the end of the fault until the last event acknowledged before it was
 *     produced to the topic (0 when nothing waited)
 */
public record FaultReport(
    String fault,
    long sent,
    long acknowledged,
    long unavailable,
    long failedConnections,
    long lost,
    long duplicates,
    double duplicateShare,
    long orderViolations,
    long okWhileDbDown,
    double unavailableP99Millis,
    double drainSeconds) {

  /** Whether the fault kept the promises: nothing lost, order kept, no 200 without a database. */
  public boolean kept() {
    return lost == 0 && orderViolations == 0 && okWhileDbDown == 0;
  }

  static FaultReport of(
      String fault,
      List<Answer> answers,
      Map<String, List<Entry>> topic,
      long missing,
      long[] dbDownWindowNanos,
      long recoveredAtMillis,
      long recoveredAtNanos) {
    Set<String> acked = new HashSet<>();
    long unavailable = 0;
    long failed = 0;
    long okWhileDown = 0;
    Set<String> ackedBefore = new HashSet<>();
    double[] latencies503 =
        answers.stream().filter(a -> a.status() == 503).mapToDouble(Answer::millis).toArray();
    for (Answer a : answers) {
      if (a.status() == 200) {
        acked.add(a.uuid());
        if (a.endNanos() < recoveredAtNanos) {
          ackedBefore.add(a.uuid());
        }
        if (dbDownWindowNanos != null
            && a.startNanos() >= dbDownWindowNanos[0]
            && a.endNanos() <= dbDownWindowNanos[1]) {
          okWhileDown++;
        }
      } else if (a.status() == 503) {
        unavailable++;
      } else {
        failed++;
      }
    }
    long records = 0;
    long distinct = 0;
    long violations = 0;
    long lastProducedBefore = recoveredAtMillis;
    for (List<Entry> entries : topic.values()) {
      Set<String> seen = new HashSet<>();
      long highest = -1;
      for (Entry e : entries) {
        records++;
        if (!seen.add(e.uuid())) {
          continue;
        }
        distinct++;
        if (e.seq() < highest) {
          violations++;
        }
        highest = Math.max(highest, e.seq());
        if (ackedBefore.contains(e.uuid())) {
          lastProducedBefore = Math.max(lastProducedBefore, e.producedAtMillis());
        }
      }
    }
    long duplicates = records - distinct;
    return new FaultReport(
        fault,
        answers.size(),
        acked.size(),
        unavailable,
        failed,
        missing,
        duplicates,
        distinct == 0 ? 0 : (double) duplicates / distinct,
        violations,
        okWhileDown,
        percentile(latencies503, 99),
        (lastProducedBefore - recoveredAtMillis) / 1000.0);
  }

  private static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** One line of the results table. */
  public String line() {
    return String.format(
        "%-28s %6d %6d %5d %5d %4d %5d (%5.2f %%) %5d %5d %9s %7.1f s  %s",
        fault,
        sent,
        acknowledged,
        unavailable,
        failedConnections,
        lost,
        duplicates,
        duplicateShare * 100,
        orderViolations,
        okWhileDbDown,
        Double.isNaN(unavailableP99Millis) ? "-" : String.format("%.1f ms", unavailableP99Millis),
        drainSeconds,
        kept() ? "kept" : "BROKEN");
  }

  /** The header of {@link #line()}. */
  public static String header() {
    return String.format(
        "%-28s %6s %6s %5s %5s %4s %15s %5s %5s %9s %9s",
        "fault",
        "sent",
        "200",
        "503",
        "conn",
        "lost",
        "duplicates",
        "order",
        "200db",
        "503 p99",
        "drain");
  }
}
