package io.oktaadapter.application.service.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.common.Page;
import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.application.port.in.aliases.VerifyAliasUseCase.Status;
import io.oktaadapter.application.port.out.aliases.AliasClaim;
import io.oktaadapter.application.port.out.aliases.AliasClaims;
import io.oktaadapter.application.port.out.audit.AuditEntry;
import io.oktaadapter.application.port.out.audit.AuditLog;
import io.oktaadapter.application.port.out.audit.AuditQuery;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import io.oktaadapter.application.port.out.security.ActorContext;
import io.oktaadapter.application.security.Actor;
import io.oktaadapter.application.security.Role;
import io.oktaadapter.application.service.audit.Auditor;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantFeatures;
import io.oktaadapter.domain.tenant.TenantKey;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Claim expiry and proof of {@link VerifyAliasService}, on in-memory ports and a fixed clock. */
class VerifyAliasServiceTest {

  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
  private static final TenantKey ACME = TenantKey.of("acme");
  private static final Alias CLAIMED = Alias.of("login.acme-corp.net");

  private final Map<TenantKey, Tenant> tenants = new HashMap<>();
  private final Map<String, AliasClaim> claims = new HashMap<>();
  private final Map<String, List<String>> txt = new HashMap<>();
  private final List<String> lookups = new ArrayList<>();
  private final List<Object> savedJobs = new ArrayList<>();
  private final List<AuditEntry> audit = new ArrayList<>();

  @Test
  void givenExpiredClaim_check_dropsItWithoutAskingDns_evenWhenTheRecordIsPublished() {
    givenClaim(NOW.minus(Duration.ofDays(8)), NOW.minusSeconds(1));
    txt.put(AliasClaim.RECORD_PREFIX + CLAIMED.host(), List.of("token-1"));

    var verification = service(NOW).verify(ACME, CLAIMED);

    assertThat(verification.status()).isEqualTo(Status.EXPIRED);
    assertThat(claims).isEmpty();
    assertThat(lookups).isEmpty();
    assertThat(tenants.get(ACME).aliases()).doesNotContain(CLAIMED);
    assertThat(savedJobs).isEmpty();
  }

  @Test
  void givenClaimExpiringNow_periodicCheck_dropsIt() {
    givenClaim(NOW.minus(Duration.ofDays(7)), NOW);

    int verified = service(NOW).checkDue(10);

    assertThat(verified).isZero();
    assertThat(claims).isEmpty();
    assertThat(tenants.get(ACME).aliases()).doesNotContain(CLAIMED);
  }

  @Test
  void givenLiveClaimWithoutRecord_check_keepsItPending() {
    givenClaim(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(6)));

    var verification = service(NOW).verify(ACME, CLAIMED);

    assertThat(verification.status()).isEqualTo(Status.PENDING_VERIFICATION);
    assertThat(claims).hasSize(1);
    assertThat(lookups).containsExactly(AliasClaim.RECORD_PREFIX + CLAIMED.host());
  }

  @Test
  void givenLiveClaimWithItsTokenPublished_check_makesTheAliasTheTenantsAndQueuesAJob() {
    givenClaim(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(6)));
    txt.put(AliasClaim.RECORD_PREFIX + CLAIMED.host(), List.of("other", "token-1"));

    var verification = service(NOW).verify(ACME, CLAIMED);

    assertThat(verification.status()).isEqualTo(Status.VERIFIED);
    assertThat(tenants.get(ACME).aliases()).contains(CLAIMED);
    assertThat(claims).isEmpty();
    assertThat(savedJobs).hasSize(1);
    assertThat(audit).extracting(AuditEntry::action).containsExactly("tenant.alias-verify");
  }

  private void givenClaim(Instant created, Instant expires) {
    tenants.put(
        ACME,
        Tenant.register(
            ACME,
            "Acme",
            List.of(Alias.of("acme.example.com")),
            List.of(),
            TenantFeatures.DEFAULTS,
            created));
    claims.put(CLAIMED.host(), new AliasClaim(ACME, CLAIMED, "token-1", created, expires));
  }

  private VerifyAliasService service(Instant now) {
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    UnitOfWork inline =
        new UnitOfWork() {
          @Override
          public <T> T inNewTransaction(Supplier<T> work) {
            return work.get();
          }
        };
    ActorContext admin =
        new ActorContext() {
          @Override
          public Actor actor() {
            return Actor.user("admin", Set.of(Role.ADMIN));
          }

          @Override
          public Optional<String> requestId() {
            return Optional.empty();
          }
        };
    AuditLog log =
        new AuditLog() {
          @Override
          public void append(AuditEntry entry) {
            audit.add(entry);
          }

          @Override
          public void appendAlone(AuditEntry entry) {
            audit.add(entry);
          }

          @Override
          public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
            throw new UnsupportedOperationException();
          }
        };
    return new VerifyAliasService(
        tenantRepository(),
        aliasClaims(),
        name -> {
          lookups.add(name);
          return txt.getOrDefault(name, List.of());
        },
        jobRepository(),
        inline,
        clock,
        Duration.ofMinutes(5),
        new Auditor(log, admin, clock));
  }

  private TenantRepository tenantRepository() {
    return new TenantRepository() {
      @Override
      public Optional<Tenant> findByKey(TenantKey key) {
        return Optional.ofNullable(tenants.get(key));
      }

      @Override
      public Page<Tenant> findPage(PageRequest request) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Page<Tenant> search(String text, PageRequest request) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void save(Tenant tenant) {
        tenants.put(tenant.key(), tenant);
      }

      @Override
      public List<Alias> aliasesOfOtherTenants(TenantKey key, Collection<Alias> aliases) {
        return tenants.values().stream()
            .filter(t -> !t.key().equals(key))
            .flatMap(t -> t.aliases().stream())
            .filter(aliases::contains)
            .toList();
      }

      @Override
      public void replaceDeleted(Tenant tenant) {
        throw new UnsupportedOperationException();
      }
    };
  }

  private AliasClaims aliasClaims() {
    return new AliasClaims() {
      @Override
      public List<AliasClaim> ofTenant(TenantKey tenant) {
        return claims.values().stream().filter(c -> c.tenant().equals(tenant)).toList();
      }

      @Override
      public Optional<AliasClaim> find(TenantKey tenant, Alias alias) {
        return Optional.ofNullable(claims.get(alias.host())).filter(c -> c.tenant().equals(tenant));
      }

      @Override
      public void add(AliasClaim claim) {
        claims.put(claim.alias().host(), claim);
      }

      @Override
      public void delete(TenantKey tenant, Alias alias) {
        claims.remove(alias.host());
      }

      @Override
      public void deleteForHost(Alias alias) {
        claims.remove(alias.host());
      }

      @Override
      public List<AliasClaim> takeDue(Instant now, Duration hold, int limit) {
        return claims.values().stream().limit(limit).toList();
      }
    };
  }

  /** Only {@code save} is used by the queue; any other call fails the test. */
  private ProvisioningJobRepository jobRepository() {
    return (ProvisioningJobRepository)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {ProvisioningJobRepository.class},
            (proxy, method, args) -> {
              if (method.getName().equals("save")) {
                savedJobs.add(args[0]);
                return null;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
