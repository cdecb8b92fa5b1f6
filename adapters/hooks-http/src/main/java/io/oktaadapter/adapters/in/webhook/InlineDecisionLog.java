package io.oktaadapter.adapters.in.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Webhook adapter: counts every inline-hook decision by type and outcome and writes one structured
 * line per decision to the category {@code io.oktaadapter.inline.decisions}. The line holds only
 * the facts the decision code chose (ids, tenant, domain), never tokens, passwords or codes.
 *
 * <p>Lines are written in batches: the hook only queues its line (with the decision's time), and a
 * writer thread hands everything queued to the log every {@value #FLUSH_MILLIS} ms as one record of
 * complete lines, each starting with its own time. A log record per decision cost the token hook
 * about a tenth of its throughput (record, queue hand-over and a write per line). The queue is
 * written out at shutdown; should it grow past {@value #MAX_QUEUED} lines, the hook writes it
 * itself, so lines are delayed at most, never dropped.
 */
@Singleton
class InlineDecisionLog {

  static final String CATEGORY = "io.oktaadapter.inline.decisions";
  private static final Logger DECISIONS = Logger.getLogger(CATEGORY);
  static final long FLUSH_MILLIS = 50;
  static final int MAX_QUEUED = 50_000;
  static final int LINES_PER_RECORD = 1_000;

  /** A decision line waiting to be written, without its time. */
  private record Pending(long epochMillis, String line) {}

  private final MeterRegistry registry;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final Object writing = new Object();
  private final ScheduledExecutorService writer;

  InlineDecisionLog(MeterRegistry registry) {
    this.registry = registry;
    this.writer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "inline-decision-log");
              t.setDaemon(true);
              return t;
            });
    writer.scheduleWithFixedDelay(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
  }

  void record(String type, String eventId, InlineReply reply, Duration took) {
    counters
        .computeIfAbsent(
            type + '|' + reply.outcome(),
            k ->
                Counter.builder("okta_adapter_inline_hook_decisions")
                    .description("Inline-hook decisions by hook type and outcome")
                    .tag("type", type)
                    .tag("outcome", reply.outcome())
                    .register(registry))
        .increment();
    timers
        .computeIfAbsent(
            type,
            k ->
                Timer.builder("okta_adapter_inline_hook_duration")
                    .description("Time to answer an inline hook")
                    .tag("type", type)
                    .register(registry))
        .record(took);
    if (DECISIONS.isInfoEnabled()) {
      StringBuilder line =
          new StringBuilder(160)
              .append("decision type=")
              .append(type)
              .append(" outcome=")
              .append(reply.outcome())
              .append(" eventId=")
              .append(eventId)
              .append(" tookMs=")
              .append(took.toMillis());
      appendFacts(line, reply.facts());
      queue.add(new Pending(System.currentTimeMillis(), line.toString()));
      if (queued.incrementAndGet() > MAX_QUEUED) {
        flush();
      }
    }
  }

  /** Writes every queued line, oldest first, in records of at most {@value #LINES_PER_RECORD}. */
  void flush() {
    synchronized (writing) {
      StringBuilder batch = new StringBuilder(256);
      int lines = 0;
      for (Pending p = queue.poll(); p != null; p = queue.poll()) {
        queued.decrementAndGet();
        if (lines > 0) {
          batch.append('\n');
        }
        batch
            .append(Instant.ofEpochMilli(p.epochMillis()))
            .append(" INFO  [")
            .append(CATEGORY)
            .append("] ")
            .append(p.line());
        if (++lines == LINES_PER_RECORD) {
          DECISIONS.info(batch);
          batch.setLength(0);
          lines = 0;
        }
      }
      if (lines > 0) {
        DECISIONS.info(batch);
      }
    }
  }

  @PreDestroy
  void close() {
    writer.shutdown();
    try {
      writer.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    flush();
  }

  /** The facts as {@code key=value} pairs in key order. */
  private static void appendFacts(StringBuilder line, Map<String, String> facts) {
    String[] keys = facts.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    for (String key : keys) {
      line.append(' ').append(key).append('=').append(facts.get(key));
    }
  }
}
