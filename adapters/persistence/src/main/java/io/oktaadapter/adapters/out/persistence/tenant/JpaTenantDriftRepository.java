package io.oktaadapter.adapters.out.persistence.tenant;

import static io.oktaadapter.adapters.out.persistence.NativeRows.instant;

import io.oktaadapter.application.port.out.persistence.TenantDriftRepository;
import io.oktaadapter.domain.provisioning.TenantDrift;
import io.oktaadapter.domain.tenant.TenantKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Persistence adapter: each tenant's last drift check in {@code tenant_drift}. */
@ApplicationScoped
class JpaTenantDriftRepository implements TenantDriftRepository {

  private final EntityManager em;

  JpaTenantDriftRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void save(TenantDrift drift) {
    em.createNativeQuery(
            """
            insert into tenant_drift (tenant_key, status, findings, checked_at)
            values (:tenant, :status, :findings, :checked)
            on conflict (tenant_key) do update
               set status = excluded.status, findings = excluded.findings,
                   checked_at = excluded.checked_at
            """)
        .setParameter("tenant", drift.tenant().value())
        .setParameter("status", drift.status().name())
        .setParameter("findings", String.join("\n", drift.findings()))
        .setParameter("checked", Timestamp.from(drift.checkedAt()))
        .executeUpdate();
  }

  @Override
  public Optional<TenantDrift> find(TenantKey tenant) {
    List<?> rows =
        em.createNativeQuery(
                "select status, findings, checked_at from tenant_drift where tenant_key = :tenant")
            .setParameter("tenant", tenant.value())
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row -> {
              Object[] columns = (Object[]) row;
              String findings = (String) columns[1];
              return new TenantDrift(
                  tenant,
                  TenantDrift.Status.valueOf((String) columns[0]),
                  findings.isEmpty() ? List.of() : Arrays.asList(findings.split("\n")),
                  instant(columns[2]));
            });
  }
}
