package io.oktaadapter.application.service.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.oktaadapter.application.port.in.application.DeleteApplicationUseCase;
import io.oktaadapter.application.port.in.application.ProvisionApplicationUseCase;
import io.oktaadapter.application.port.in.command.Command;
import io.oktaadapter.application.port.in.command.CommandProblem;
import io.oktaadapter.application.port.in.command.CommandReference;
import io.oktaadapter.application.port.in.command.IncomingCommand;
import io.oktaadapter.application.port.in.provisioning.ChangeTenantAliasUseCase;
import io.oktaadapter.application.port.in.provisioning.DeleteTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.ProvisionTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.application.port.in.provisioning.UpdateTenantUseCase;
import io.oktaadapter.application.port.in.users.ClearUserSessionsUseCase;
import io.oktaadapter.application.port.in.users.ClearUserSessionsUseCase.ClearedSessions;
import io.oktaadapter.application.port.in.users.TenantMembershipUseCase;
import io.oktaadapter.application.port.out.command.CommandLog;
import io.oktaadapter.application.port.out.command.ProcessedCommand;
import io.oktaadapter.application.port.out.messaging.EventStream;
import io.oktaadapter.application.port.out.messaging.OutboundEvent;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.provisioning.IdempotencyKey;
import io.oktaadapter.domain.provisioning.JobId;
import io.oktaadapter.domain.provisioning.JobKind;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TestTenantFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class HandleCommandServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final TenantKey ACME = TenantKey.of("acme");

  private final FakeCommandLog log = new FakeCommandLog();
  private final List<OutboundEvent> outbox = new ArrayList<>();
  private final ClearUserSessionsUseCase sessions = mock(ClearUserSessionsUseCase.class);
  private final ChangeTenantAliasUseCase aliases = mock(ChangeTenantAliasUseCase.class);
  private final TenantRepository tenants = mock(TenantRepository.class);
  private final CommandResults results = new CommandResults(URI.create("urn:test"));
  private final HandleCommandService service =
      new HandleCommandService(
          new CommandUseCases(
              mock(ProvisionTenantUseCase.class),
              mock(UpdateTenantUseCase.class),
              mock(DeleteTenantUseCase.class),
              mock(ProvisionApplicationUseCase.class),
              mock(DeleteApplicationUseCase.class),
              aliases,
              mock(TenantMembershipUseCase.class),
              sessions),
          log,
          outbox::add,
          tenants,
          new DirectUnitOfWork(),
          results,
          Clock.fixed(NOW, ZoneOffset.UTC));

  private static IncomingCommand command(String id, Command body) {
    return new IncomingCommand(
        new CommandReference(id, "io.oktaadapter.command.x", "urn:svc", ACME, "acme"), body);
  }

  @Test
  void givenClearSessionsCommand_handle_clearsAndSendsOneFinishedResult() {
    when(sessions.clearSessions("jane@acme.com", true))
        .thenReturn(new ClearedSessions("00u1", "jane@acme.com", true));

    service.handle(command("c1", new Command.ClearSessions("jane@acme.com", true)));

    assertThat(outbox)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.stream()).isEqualTo(EventStream.COMMAND_RESULTS);
              assertThat(e.type()).isEqualTo("io.oktaadapter.commandresult.finished");
              assertThat(e.key()).isEqualTo("acme");
              assertThat(e.extensions()).containsEntry("correlationid", "c1");
              assertThat(e.data())
                  .contains("\"userId\":\"00u1\"")
                  .contains("\"forgetDevices\":true");
            });
    assertThat(log.rows.get("c1").status()).isEqualTo("finished");
  }

  @Test
  void givenCommandIdSeenBefore_handle_doesNotRunAgainButSendsTheResultAgain() {
    when(sessions.clearSessions(anyString(), anyBoolean()))
        .thenReturn(new ClearedSessions("00u1", "jane@acme.com", false));
    service.handle(command("c1", new Command.ClearSessions("jane@acme.com", false)));

    service.handle(command("c1", new Command.ClearSessions("jane@acme.com", false)));

    verify(sessions, times(1)).clearSessions(anyString(), anyBoolean());
    assertThat(outbox).hasSize(2);
    assertThat(outbox.get(1).data()).isEqualTo(outbox.get(0).data());
    assertThat(outbox.get(1).id()).isNotEqualTo(outbox.get(0).id());
    assertThat(outbox.get(1).extensions()).containsEntry("redelivered", "true");
  }

  @Test
  void givenJobCommand_handleThenJobEnds_acceptedThenOneFinishedResult() {
    ProvisioningJob job =
        ProvisioningJob.queue(
            ACME, JobKind.PROVISION, new IdempotencyKey("command:c2"), Fingerprint.of("x"), NOW);
    when(aliases.addAlias(eq(ACME), eq(Alias.of("b.acme.com")), any()))
        .thenReturn(new Submission.Accepted(job, false));
    when(tenants.findByKey(ACME)).thenReturn(Optional.of(TestTenantFactory.pendingTenant("acme")));
    CommandJobResults jobEnd = new CommandJobResults(log, outbox::add, results);

    service.handle(command("c2", new Command.AddAlias(Alias.of("b.acme.com"))));
    job.start(io.oktaadapter.domain.provisioning.ProvisioningPlan.removal(List.of()), NOW);
    job.succeed("READY", NOW);
    jobEnd.jobEnded(job, TestTenantFactory.pendingTenant("acme"), List.of(), NOW);
    jobEnd.jobEnded(job, TestTenantFactory.pendingTenant("acme"), List.of(), NOW);

    verify(aliases).addAlias(ACME, Alias.of("b.acme.com"), new IdempotencyKey("command:c2"));
    assertThat(outbox)
        .extracting(OutboundEvent::type)
        .containsExactly(
            "io.oktaadapter.commandresult.accepted", "io.oktaadapter.commandresult.finished");
    assertThat(outbox.get(1).data()).contains("\"jobId\":\"" + job.id() + "\"");
  }

  @Test
  void givenFailure_fail_recordsFailedResultWithProblemOnce() {
    var ref = new CommandReference("c3", null, null, null, "not a key");
    var problem =
        new CommandProblem(URI.create("https://okta-adapter.io/problems/x"), "X", 400, "bad", null);

    service.fail(ref, problem);
    service.fail(ref, problem);

    assertThat(outbox).hasSize(2);
    assertThat(outbox.get(0).type()).isEqualTo("io.oktaadapter.commandresult.failed");
    assertThat(outbox.get(0).key()).isEqualTo("not a key");
    assertThat(outbox.get(0).data())
        .contains("\"problem\":{\"type\":\"https://okta-adapter.io/problems/x\"");
  }

  @Test
  void givenUseCaseThrows_handle_recordsNothing() {
    when(sessions.clearSessions(anyString(), anyBoolean()))
        .thenThrow(new io.oktaadapter.application.common.NotFoundException("no user"));

    assertThatThrownBy(
            () -> service.handle(command("c4", new Command.ClearSessions("x@acme.com", false))))
        .hasMessageContaining("no user");
    assertThat(outbox).isEmpty();
    assertThat(log.rows).isEmpty();
  }

  /** In-memory command log with the real one's uniqueness. */
  static final class FakeCommandLog implements CommandLog {
    final Map<String, ProcessedCommand> rows = new HashMap<>();

    @Override
    public Optional<ProcessedCommand> find(String commandId) {
      return Optional.ofNullable(rows.get(commandId));
    }

    @Override
    public Optional<ProcessedCommand> findByJob(JobId job) {
      return rows.values().stream().filter(c -> job.equals(c.jobId())).findFirst();
    }

    @Override
    public void insert(ProcessedCommand command) {
      if (rows.putIfAbsent(command.commandId(), command) != null) {
        throw new IllegalStateException("duplicate command id");
      }
    }

    @Override
    public void update(ProcessedCommand command) {
      rows.put(command.commandId(), command);
    }
  }

  private static final class DirectUnitOfWork implements UnitOfWork {
    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
      return work.get();
    }
  }
}
