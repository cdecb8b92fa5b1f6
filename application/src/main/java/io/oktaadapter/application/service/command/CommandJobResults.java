package io.oktaadapter.application.service.command;

import io.oktaadapter.application.port.in.command.CommandProblem;
import io.oktaadapter.application.port.out.command.CommandLog;
import io.oktaadapter.application.port.out.messaging.Outbox;
import io.oktaadapter.application.service.provisioning.JobEndListener;
import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.provisioning.JobStatus;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.oktaadapter.domain.tenant.Tenant;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Job-end listener: when a job a command queued ends, its {@code finished} (with the tenant's state
 * and Okta resources) or {@code failed} (with the job's reason as problem) result goes to the
 * outbox in the transaction that records the end.
 */
public final class CommandJobResults implements JobEndListener {

  static final URI PROVISIONING_FAILED =
      URI.create("https://okta-adapter.io/problems/provisioning-failed");

  private final CommandLog log;
  private final Outbox outbox;
  private final CommandResults results;

  public CommandJobResults(CommandLog log, Outbox outbox, CommandResults results) {
    this.log = log;
    this.outbox = outbox;
    this.results = results;
  }

  @Override
  public void jobEnded(
      ProvisioningJob job, Tenant tenant, List<OktaResource> resources, Instant now) {
    log.findByJob(job.id())
        .filter(command -> CommandResults.ACCEPTED.equals(command.status()))
        .ifPresent(
            command -> {
              boolean succeeded = job.status() == JobStatus.SUCCEEDED;
              String status = succeeded ? CommandResults.FINISHED : CommandResults.FAILED;
              JsonText resource = CommandResults.tenant(tenant, resources);
              String reason = job.result().orElse("the provisioning job failed");
              CommandProblem problem =
                  succeeded
                      ? null
                      : new CommandProblem(
                          PROVISIONING_FAILED, "Provisioning failed", 502, reason, List.of());
              if (command.resourceId() != null) {
                resource.put("applicationId", command.resourceId());
              }
              resource.put("jobResult", reason);
              var ended = command.withResult(status, "{}");
              ended =
                  command.withResult(status, CommandResults.data(ended, status, resource, problem));
              log.update(ended);
              outbox.append(results.event(ended, false, now));
            });
  }
}
