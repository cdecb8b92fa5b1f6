package io.oktaadapter.application.port.out.command;

import io.oktaadapter.domain.provisioning.JobId;
import java.util.Optional;

/**
 * Outbound port for the log of processed commands, keyed by the command id, with the latest result
 * sent for each. Every method runs in the caller's transaction, together with the effect and the
 * outbox row of the result; the id's uniqueness makes a second execution fail (and roll back) even
 * when two replicas race for the same command.
 */
public interface CommandLog {

  Optional<ProcessedCommand> find(String commandId);

  /** The command that queued this job, if a command did. */
  Optional<ProcessedCommand> findByJob(JobId job);

  /** Records a newly processed command; fails when its id is already recorded. */
  void insert(ProcessedCommand command);

  /** Stores the command's new latest result (status, data, number of results sent). */
  void update(ProcessedCommand command);
}
