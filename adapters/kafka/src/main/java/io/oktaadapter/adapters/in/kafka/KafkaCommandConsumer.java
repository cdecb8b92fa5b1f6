package io.oktaadapter.adapters.in.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.oktaadapter.adapters.in.kafka.CommandAdmission.Admitted;
import io.oktaadapter.adapters.in.kafka.CommandAdmission.Refused;
import io.oktaadapter.application.port.in.command.CommandProblem;
import io.oktaadapter.application.port.in.command.CommandReference;
import io.oktaadapter.application.port.in.command.HandleCommandUseCase;
import io.oktaadapter.application.port.in.command.IncomingCommand;
import io.oktaadapter.application.security.ActingScope;
import io.oktaadapter.application.security.Actor;
import io.oktaadapter.application.security.Role;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Kafka adapter: consumes commands from {@code okta-adapter.commands}. Records are handled one at a
 * time in offset order ({@code @Blocking(ordered = true)}), so the commands of one tenant (one key,
 * one partition) run in the order they were sent; the offset is acknowledged only after the
 * command's transaction committed (at least once; the command log makes the repeat harmless). A
 * record that is no acceptable command is refused: it gets a failure result when it has an id, and
 * the exception thrown here sends it to {@code okta-adapter.commands.dlq} (the channel's {@code
 * dead-letter-queue} failure strategy, reason in the {@code dead-letter-reason} header), so the
 * partition moves on. Database failures are retried in place with backoff, keeping the order.
 */
@ApplicationScoped
class KafkaCommandConsumer {

  static final String CHANNEL = "commands";
  private static final int MAX_ATTEMPTS = 20;

  private final CommandAdmission admission;
  private final HandleCommandUseCase commands;
  private final CommandConfig config;
  private final MeterRegistry metrics;

  KafkaCommandConsumer(
      CommandAdmission admission,
      HandleCommandUseCase commands,
      CommandConfig config,
      MeterRegistry metrics) {
    this.admission = admission;
    this.commands = commands;
    this.config = config;
    this.metrics = metrics;
  }

  // Blocking: commands open database transactions and call Okta; ordered: one record at a time.
  @Incoming(CHANNEL)
  @Blocking(ordered = true)
  void consume(ConsumerRecord<String, String> record) {
    CommandAdmission.Verdict verdict = admission.admit(record);
    if (verdict instanceof Refused refused) {
      if (refused.reference() != null) {
        ActingScope.runAs(
            actor(refused.reference()),
            refused.reference().id(),
            () -> retrying(record, () -> commands.fail(refused.reference(), refused.problem())));
      }
      count("refused");
      Log.warnf(
          "Command at %s-%d@%d refused: %s",
          record.topic(), record.partition(), record.offset(), refused.reason());
      throw new CommandRefusedException(refused.reason());
    }
    Admitted admitted = (Admitted) verdict;
    // The sending service acts, under the command's id: the use cases' access policy and audit
    // see it. The allow-list of sources per type (admission) is what authorises a service, so it
    // acts with every operator role.
    ActingScope.runAs(
        actor(admitted.reference()),
        admitted.reference().id(),
        () -> retrying(record, () -> run(admitted)));
    count("processed");
  }

  /**
   * The sending service, with the rights its source is configured with ({@code source-roles}):
   * every operator role by default, a customer of the record's tenant for self-service front ends.
   */
  private Actor actor(CommandReference reference) {
    String source = reference.source() == null ? "unknown-source" : reference.source();
    String role = config.sourceRoles().get(source);
    if (role == null) {
      return Actor.service(source, EnumSet.allOf(Role.class));
    }
    if (role.strip().equalsIgnoreCase("customer")) {
      return reference.tenant() == null
          ? Actor.service(source, Set.of())
          : new Actor(Actor.Kind.SERVICE, source, Set.of(), Optional.of(reference.tenant()));
    }
    return Role.ofName(role.strip().toLowerCase(java.util.Locale.ROOT))
        .map(r -> Actor.service(source, EnumSet.of(r)))
        .orElseGet(() -> Actor.service(source, Set.of()));
  }

  private void run(Admitted admitted) {
    try {
      var body =
          CommandMapper.toCommand(
              admitted.shortType(), admitted.data(), admitted.reference().tenant());
      commands.handle(new IncomingCommand(admitted.reference(), body));
    } catch (RuntimeException e) {
      Optional<CommandProblem> problem = Problems.of(e);
      if (problem.isEmpty()) {
        throw e;
      }
      Log.debugf("Command %s failed: %s", admitted.reference().id(), problem.get().detail());
      commands.fail(admitted.reference(), problem.get());
    }
  }

  /** Runs {@code work} until it succeeds; after too many attempts the record is dead-lettered. */
  private void retrying(ConsumerRecord<String, String> record, Runnable work) {
    Duration pause = config.retryBackoff();
    for (int attempt = 1; ; attempt++) {
      try {
        work.run();
        return;
      } catch (RuntimeException e) {
        if (attempt >= MAX_ATTEMPTS) {
          count("failed");
          throw new CommandRefusedException(
              "could not be processed after " + attempt + " attempts: " + e, e);
        }
        Log.warnf(
            e,
            "Command at %s-%d@%d not processed (attempt %d); trying again in %s",
            record.topic(),
            record.partition(),
            record.offset(),
            attempt,
            pause);
        sleep(pause);
        pause =
            pause.multipliedBy(2).compareTo(config.maxRetryBackoff()) > 0
                ? config.maxRetryBackoff()
                : pause.multipliedBy(2);
      }
    }
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandRefusedException("interrupted while waiting to try again", e);
    }
  }

  private void count(String outcome) {
    metrics.counter("okta_adapter_commands_total", "outcome", outcome).increment();
  }

  /** Sends the record to the dead-letter topic; the message is the reason. */
  static final class CommandRefusedException extends RuntimeException {
    CommandRefusedException(String reason) {
      super(reason, null, false, false);
    }

    CommandRefusedException(String reason, Throwable cause) {
      super(reason, cause, false, false);
    }
  }
}
