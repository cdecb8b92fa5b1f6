package io.oktaadapter.application.service.command;

import io.oktaadapter.application.port.in.application.SubmitApplicationCommand;
import io.oktaadapter.application.port.in.command.Command;
import io.oktaadapter.application.port.in.command.CommandProblem;
import io.oktaadapter.application.port.in.command.CommandReference;
import io.oktaadapter.application.port.in.command.HandleCommandUseCase;
import io.oktaadapter.application.port.in.command.IncomingCommand;
import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.application.port.in.provisioning.SubmitTenantCommand;
import io.oktaadapter.application.port.out.command.CommandLog;
import io.oktaadapter.application.port.out.command.ProcessedCommand;
import io.oktaadapter.application.port.out.messaging.Outbox;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import io.oktaadapter.domain.provisioning.IdempotencyKey;
import io.oktaadapter.domain.provisioning.JobId;
import io.oktaadapter.domain.tenant.TenantKey;
import java.time.Clock;
import java.util.Optional;

/**
 * Use case: runs a command once per id. Commands that queue a provisioning job run in one
 * transaction with their log entry and their {@code accepted} result (the job's end adds {@code
 * finished} or {@code failed}, see {@link CommandJobResults}); the job gets the command id as its
 * idempotency key, as an operator's {@code Idempotency-Key}. Commands that act on Okta directly
 * (memberships, sessions) make their Okta calls outside any transaction and record their {@code
 * finished} result afterwards; a crash in between repeats the calls, which end in the same state.
 */
public class HandleCommandService implements HandleCommandUseCase {

  private static final String KEY_PREFIX = "command:";

  private final CommandUseCases useCases;
  private final CommandLog log;
  private final Outbox outbox;
  private final TenantRepository tenants;
  private final UnitOfWork unitOfWork;
  private final CommandResults results;
  private final Clock clock;

  public HandleCommandService(
      CommandUseCases useCases,
      CommandLog log,
      Outbox outbox,
      TenantRepository tenants,
      UnitOfWork unitOfWork,
      CommandResults results,
      Clock clock) {
    this.useCases = useCases;
    this.log = log;
    this.outbox = outbox;
    this.tenants = tenants;
    this.unitOfWork = unitOfWork;
    this.results = results;
    this.clock = clock;
  }

  @Override
  public void handle(IncomingCommand command) {
    if (command.body().runsAsJob()) {
      unitOfWork.runInNewTransaction(
          () -> {
            if (!resendIfSeen(command.id())) {
              queueJob(command);
            }
          });
      return;
    }
    if (unitOfWork.inNewTransaction(() -> resendIfSeen(command.id()))) {
      return;
    }
    JsonText resource = actOnOkta(command);
    unitOfWork.runInNewTransaction(
        () -> {
          if (!resendIfSeen(command.id())) {
            record(command.reference(), null, null, CommandResults.FINISHED, resource, null);
          }
        });
  }

  @Override
  public void fail(CommandReference command, CommandProblem problem) {
    unitOfWork.runInNewTransaction(
        () -> {
          if (!resendIfSeen(command.id())) {
            record(command, null, null, CommandResults.FAILED, null, problem);
          }
        });
  }

  /** A seen command is not run again: its latest result is sent once more. */
  private boolean resendIfSeen(String commandId) {
    Optional<ProcessedCommand> seen = log.find(commandId);
    seen.ifPresent(
        p -> {
          ProcessedCommand again = p.withResult(p.status(), p.resultData());
          log.update(again);
          outbox.append(results.event(again, true, clock.instant()));
        });
    return seen.isPresent();
  }

  private void queueJob(IncomingCommand command) {
    IdempotencyKey key = new IdempotencyKey(KEY_PREFIX + command.id());
    TenantKey tenant = command.tenant();
    String applicationId = null;
    Submission submission;
    Command body = command.body();
    if (body instanceof Command.ProvisionTenant c) {
      submission =
          useCases.provisionTenant().provision(new SubmitTenantCommand(c.spec(), key, false));
    } else if (body instanceof Command.UpdateTenant c) {
      submission = useCases.updateTenant().update(new SubmitTenantCommand(c.spec(), key, false));
    } else if (body instanceof Command.DeleteTenant) {
      submission = useCases.deleteTenant().delete(tenant, key);
    } else if (body instanceof Command.AddAlias c) {
      submission = useCases.aliases().addAlias(tenant, c.alias(), key);
    } else if (body instanceof Command.RemoveAlias c) {
      submission = useCases.aliases().removeAlias(tenant, c.alias(), key);
    } else if (body instanceof Command.ProvisionApplication c) {
      var s =
          useCases
              .provisionApplication()
              .submit(new SubmitApplicationCommand(tenant, null, c.kind(), c.baseUrls(), key));
      applicationId = s.applicationId();
      submission = s.submission();
    } else if (body instanceof Command.UpdateApplication c) {
      var s =
          useCases
              .provisionApplication()
              .submit(new SubmitApplicationCommand(tenant, c.id(), c.kind(), c.baseUrls(), key));
      applicationId = c.id().toString();
      submission = s.submission();
    } else if (body instanceof Command.DeleteApplication c) {
      submission = useCases.deleteApplication().delete(tenant, c.id(), key);
      applicationId = c.id().toString();
    } else {
      throw new IllegalStateException("not a job command: " + body);
    }
    Submission.Accepted accepted = (Submission.Accepted) submission;
    JsonText resource =
        tenants
            .findByKey(tenant)
            .map(t -> CommandResults.tenant(t, null))
            .orElse(new JsonText().put("key", tenant.value()));
    if (applicationId != null) {
      resource.put("applicationId", applicationId);
    }
    resource.put("jobStatus", accepted.job().status().name());
    record(
        command.reference(),
        accepted.job().id(),
        applicationId,
        CommandResults.ACCEPTED,
        resource,
        null);
  }

  private JsonText actOnOkta(IncomingCommand command) {
    Command body = command.body();
    if (body instanceof Command.AssignUser c) {
      return membership(useCases.membership().assign(command.tenant(), c.login(), c.role()));
    }
    if (body instanceof Command.RemoveUser c) {
      return membership(useCases.membership().remove(command.tenant(), c.login()));
    }
    if (body instanceof Command.ClearSessions c) {
      var cleared = useCases.sessions().clearSessions(c.login(), c.forgetDevices());
      return new JsonText()
          .put("userId", cleared.userId())
          .put("login", cleared.login())
          .put("sessionsCleared", true)
          .put("oauthTokensRevoked", true)
          .put("forgetDevices", cleared.forgetDevices());
    }
    throw new IllegalStateException("not a direct command: " + body);
  }

  private static JsonText membership(
      io.oktaadapter.application.port.in.users.TenantMembershipUseCase.Membership m) {
    return new JsonText()
        .put("tenantKey", m.tenantKey())
        .put("userId", m.userId())
        .put("login", m.login())
        .putStrings("groups", m.groups());
  }

  private void record(
      CommandReference ref,
      JobId job,
      String resourceId,
      String status,
      JsonText resource,
      CommandProblem problem) {
    ProcessedCommand draft =
        new ProcessedCommand(
            ref.id(),
            ref.type(),
            ref.source(),
            ref.tenant() == null ? null : ref.tenant().value(),
            ref.resultKey(),
            job,
            resourceId,
            status,
            "{}",
            0,
            clock.instant());
    ProcessedCommand done =
        draft.withResult(status, CommandResults.data(draft, status, resource, problem));
    log.insert(done);
    outbox.append(results.event(done, false, clock.instant()));
  }
}
