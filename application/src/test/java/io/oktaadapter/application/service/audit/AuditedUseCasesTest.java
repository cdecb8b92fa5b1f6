package io.oktaadapter.application.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktaadapter.application.common.Page;
import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.application.port.in.provisioning.SubmitTenantCommand;
import io.oktaadapter.application.port.out.audit.AuditEntry;
import io.oktaadapter.application.port.out.audit.AuditLog;
import io.oktaadapter.application.port.out.audit.AuditQuery;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.port.out.security.ActorContext;
import io.oktaadapter.application.security.AccessDeniedException;
import io.oktaadapter.application.security.Actor;
import io.oktaadapter.application.security.Role;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.provisioning.JobKind;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.oktaadapter.domain.provisioning.ProvisioningPlan;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantSpec;
import io.oktaadapter.domain.tenant.TestTenantFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditedUseCasesTest {

  private static final TenantKey ACME = TenantKey.of("acme");

  private final List<AuditEntry> entries = new ArrayList<>();
  private final AuditLog log =
      new AuditLog() {
        @Override
        public void append(AuditEntry entry) {
          entries.add(entry);
        }

        @Override
        public void appendAlone(AuditEntry entry) {
          entries.add(entry);
        }

        @Override
        public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
          return new Page<>(List.of(), page.page(), page.size(), 0);
        }
      };
  private Actor acting = Actor.user("sam", Set.of(Role.SUPPORT));
  private final ActorContext actors =
      new ActorContext() {
        @Override
        public Actor actor() {
          return acting;
        }

        @Override
        public Optional<String> requestId() {
          return Optional.of("req-1");
        }
      };
  private final Auditor auditor =
      new Auditor(log, actors, Clock.fixed(TestTenantFactory.T0, ZoneOffset.UTC));
  private final Map<TenantKey, Tenant> stored = new HashMap<>();
  private final TenantRepository tenants =
      new TenantRepository() {
        @Override
        public Optional<Tenant> findByKey(TenantKey key) {
          return Optional.ofNullable(stored.get(key));
        }

        @Override
        public Page<Tenant> findPage(PageRequest request) {
          List<Tenant> all = new ArrayList<>(stored.values());
          return new Page<>(all, request.page(), request.size(), all.size());
        }

        @Override
        public Page<Tenant> search(String text, PageRequest request) {
          List<Tenant> found =
              stored.values().stream().filter(t -> t.key().value().contains(text)).toList();
          return new Page<>(found, request.page(), request.size(), found.size());
        }

        @Override
        public void save(Tenant tenant) {
          stored.put(tenant.key(), tenant);
        }

        @Override
        public void replaceDeleted(Tenant tenant) {
          stored.put(tenant.key(), tenant);
        }

        @Override
        public List<Alias> aliasesOfOtherTenants(TenantKey key, Collection<Alias> aliases) {
          return stored.values().stream()
              .filter(t -> !t.key().equals(key))
              .flatMap(t -> t.aliases().stream())
              .filter(aliases::contains)
              .toList();
        }
      };

  private static SubmitTenantCommand command(String displayName, boolean dryRun) {
    TenantSpec spec =
        TenantSpec.parse(
            "acme", displayName, List.of("acme.example.com"), List.of("a@acme.example.com"), "OFF");
    return new SubmitTenantCommand(spec, null, dryRun);
  }

  private static Submission.Accepted accepted(boolean replayed) {
    return new Submission.Accepted(
        ProvisioningJob.queue(
            ACME,
            JobKind.PROVISION,
            null,
            Fingerprint.of("x"),
            Instant.parse("2026-11-24T10:00:00Z")),
        replayed);
  }

  @Test
  void givenAcceptedUpdate_update_recordsActorRequestIdBeforeAndAfter() {
    stored.put(ACME, TestTenantFactory.pendingTenant("acme"));
    var update = AuditedTenantChanges.update(c -> accepted(false), tenants, auditor);

    update.update(command("Acme Renamed", false));

    assertThat(entries).hasSize(1);
    AuditEntry e = entries.get(0);
    assertThat(e.action()).isEqualTo("tenant.update");
    assertThat(e.actorId()).isEqualTo("sam");
    assertThat(e.requestId()).contains("req-1");
    assertThat(e.tenant()).contains("acme");
    assertThat(e.before()).containsEntry("displayName", "acme display name");
    assertThat(e.after()).containsEntry("displayName", "Acme Renamed").containsKey("job");
  }

  @Test
  void givenReplayOrDryRun_update_recordsNothing() {
    stored.put(ACME, TestTenantFactory.pendingTenant("acme"));
    AuditedTenantChanges.update(c -> accepted(true), tenants, auditor)
        .update(command("Again", false));
    AuditedTenantChanges.update(
            c -> new Submission.Planned(ProvisioningPlan.between(List.of(), List.of())),
            tenants,
            auditor)
        .update(command("Dry", true));

    assertThat(entries).isEmpty();
  }

  @Test
  void givenViewer_delete_isRefusedBeforeTheUseCaseRuns() {
    acting = Actor.user("vera", Set.of(Role.VIEWER));
    List<TenantKey> called = new ArrayList<>();
    var delete =
        AuditedTenantChanges.delete(
            (key, idempotency) -> {
              called.add(key);
              return accepted(false);
            },
            tenants,
            auditor);

    assertThatThrownBy(() -> delete.delete(ACME, null)).isInstanceOf(AccessDeniedException.class);
    assertThat(called).isEmpty();
    assertThat(entries).isEmpty();
  }

  @Test
  void givenCustomer_listTenants_returnsOnlyTheirs() {
    stored.put(ACME, TestTenantFactory.pendingTenant("acme"));
    stored.put(TenantKey.of("globex"), TestTenantFactory.pendingTenant("globex"));
    acting = Actor.customer("carla", ACME);
    var list = GuardedTenantReads.list(tenants::findPage, tenants, auditor);

    Page<Tenant> page = list.listTenants(new PageRequest(0, 20));

    assertThat(page.items()).extracting(Tenant::key).containsExactly(ACME);
    assertThat(page.totalItems()).isEqualTo(1);
  }
}
