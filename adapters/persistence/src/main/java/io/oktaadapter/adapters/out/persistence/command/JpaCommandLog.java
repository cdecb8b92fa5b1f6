package io.oktaadapter.adapters.out.persistence.command;

import static io.oktaadapter.adapters.out.persistence.NativeRows.instant;

import io.oktaadapter.application.port.out.command.CommandLog;
import io.oktaadapter.application.port.out.command.ProcessedCommand;
import io.oktaadapter.domain.provisioning.JobId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence adapter: the processed-command log in table {@code processed_command}. */
@ApplicationScoped
class JpaCommandLog implements CommandLog {

  private static final String COLUMNS =
      "command_id, command_type, command_source, tenant_key, result_key, job_id, resource_id,"
          + " status, result_data, results_sent, received_at";

  private final EntityManager em;

  JpaCommandLog(EntityManager em) {
    this.em = em;
  }

  // MANDATORY: the log entry only makes sense with the command's effect and result.
  @Override
  @Transactional(TxType.MANDATORY)
  public Optional<ProcessedCommand> find(String commandId) {
    return first(
        em.createNativeQuery(
                "select " + COLUMNS + " from processed_command where command_id = ?1 for update")
            .setParameter(1, commandId)
            .getResultList());
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public Optional<ProcessedCommand> findByJob(JobId job) {
    return first(
        em.createNativeQuery(
                "select " + COLUMNS + " from processed_command where job_id = ?1 for update")
            .setParameter(1, job.value())
            .getResultList());
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void insert(ProcessedCommand c) {
    em.createNativeQuery(
            "insert into processed_command ("
                + COLUMNS
                + ", updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)")
        .setParameter(1, c.commandId())
        .setParameter(2, c.type())
        .setParameter(3, c.source())
        .setParameter(4, c.tenantKey())
        .setParameter(5, c.resultKey())
        .setParameter(6, c.jobId() == null ? null : c.jobId().value())
        .setParameter(7, c.resourceId())
        .setParameter(8, c.status())
        .setParameter(9, c.resultData())
        .setParameter(10, c.resultsSent())
        .setParameter(11, c.receivedAt().atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void update(ProcessedCommand c) {
    em.createNativeQuery(
            "update processed_command set status = ?2, result_data = ?3, results_sent = ?4,"
                + " updated_at = now() where command_id = ?1")
        .setParameter(1, c.commandId())
        .setParameter(2, c.status())
        .setParameter(3, c.resultData())
        .setParameter(4, c.resultsSent())
        .executeUpdate();
  }

  private static Optional<ProcessedCommand> first(List<?> rows) {
    return rows.stream().findFirst().map(r -> toCommand((Object[]) r));
  }

  private static ProcessedCommand toCommand(Object[] r) {
    return new ProcessedCommand(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        r[5] == null ? null : new JobId((UUID) r[5]),
        (String) r[6],
        (String) r[7],
        (String) r[8],
        ((Number) r[9]).intValue(),
        instant(r[10]));
  }
}
