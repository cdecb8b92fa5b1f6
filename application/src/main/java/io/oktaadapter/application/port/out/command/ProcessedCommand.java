package io.oktaadapter.application.port.out.command;

import io.oktaadapter.domain.provisioning.JobId;
import java.time.Instant;
import java.util.Objects;

/**
 * A processed command and the latest result sent for it.
 *
 * @param jobId the provisioning job the command queued, or {@code null}
 * @param resourceId the resource the command created or changed below the tenant (an application
 *     id), or {@code null}
 * @param tenantKey the tenant, or {@code null} when the command named none
 * @param resultKey the Kafka key of its results
 * @param status the latest result's status (accepted, finished, failed)
 * @param resultData the latest result's JSON payload, sent again for a duplicate
 * @param resultsSent how many result events were sent (ids of resent results stay unique)
 */
public record ProcessedCommand(
    String commandId,
    String type,
    String source,
    String tenantKey,
    String resultKey,
    JobId jobId,
    String resourceId,
    String status,
    String resultData,
    int resultsSent,
    Instant receivedAt) {

  public ProcessedCommand {
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(resultKey, "resultKey");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(resultData, "resultData");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /** This command with a new latest result. */
  public ProcessedCommand withResult(String newStatus, String data) {
    return new ProcessedCommand(
        commandId,
        type,
        source,
        tenantKey,
        resultKey,
        jobId,
        resourceId,
        newStatus,
        data,
        resultsSent + 1,
        receivedAt);
  }
}
