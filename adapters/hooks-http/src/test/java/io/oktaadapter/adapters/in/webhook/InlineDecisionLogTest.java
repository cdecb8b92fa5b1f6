package io.oktaadapter.adapters.in.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InlineDecisionLogTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final InlineDecisionLog log = new InlineDecisionLog(registry);
  private final List<String> records = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          synchronized (records) {
            records.add(String.valueOf(record.getMessage()));
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    Logger.getLogger(InlineDecisionLog.CATEGORY).addHandler(capture);
  }

  @AfterEach
  void stop() {
    log.close();
    Logger.getLogger(InlineDecisionLog.CATEGORY).removeHandler(capture);
  }

  @Test
  void givenDecisions_flush_writesOneTimedLinePerDecisionAndCountsEach() {
    for (int i = 0; i < 3; i++) {
      log.record(
          "token",
          "evt-" + i,
          new InlineReply("{}", "claims-added", Map.of("user", "00u1", "app", "0oa1")),
          Duration.ofMillis(1));
    }
    log.record(
        "registration",
        "evt-r",
        new InlineReply("{}", "denied", Map.of("domain", "other.example")),
        Duration.ZERO);

    log.flush();

    List<String> lines = lines();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0))
        .matches(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z INFO  \\[io.oktaadapter.inline"
                + ".decisions\\] decision type=token outcome=claims-added eventId=evt-0 tookMs=1"
                + " app=0oa1 user=00u1");
    assertThat(lines.get(3))
        .endsWith(
            "decision type=registration outcome=denied eventId=evt-r"
                + " tookMs=0 domain=other.example");
    assertThat(
            registry
                .get("okta_adapter_inline_hook_decisions")
                .tags("type", "token", "outcome", "claims-added")
                .counter()
                .count())
        .isEqualTo(3.0);
  }

  @Test
  void givenNothingQueued_flush_writesNothing() {
    log.flush();

    assertThat(records).isEmpty();
  }

  @Test
  void givenMoreLinesThanOneRecordHolds_flush_writesThemAllInSeveralRecords() {
    int decisions = InlineDecisionLog.LINES_PER_RECORD + 5;
    for (int i = 0; i < decisions; i++) {
      log.record(
          "token", "evt-" + i, new InlineReply("{}", "not-managed", Map.of()), Duration.ZERO);
    }

    log.flush();

    // The writer thread may have written part of them already: at least two records in all.
    assertThat(records.size()).isGreaterThanOrEqualTo(2);
    assertThat(lines())
        .hasSize(decisions)
        .last()
        .asString()
        .contains("eventId=evt-" + (decisions - 1));
  }

  @Test
  void givenQueuedLines_close_writesThem() {
    log.record("saml", "evt-s", new InlineReply("{}", "attributes-added", Map.of()), Duration.ZERO);

    log.close();

    assertThat(lines()).singleElement().asString().contains("decision type=saml");
  }

  private List<String> lines() {
    synchronized (records) {
      return records.stream().flatMap(r -> Arrays.stream(r.split("\n"))).toList();
    }
  }
}
