package io.oktaadapter.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktaadapter.application.common.ConcurrentChangeException;
import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.domain.LifecycleStatus;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.app.ApplicationKind;
import io.oktaadapter.domain.app.BaseUrl;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.okta.OktaResourceType;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TestTenantFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * End to end on the real database: tenants, applications and Okta resource records survive a round
 * trip through Flyway's schema, and optimistic locking refuses stale writes.
 */
@QuarkusTest
class PersistenceRoundTripTest {

  private static final Instant T1 = Instant.parse("2026-11-24T11:00:00Z");

  @Inject TenantRepository tenants;
  @Inject ApplicationRepository applications;
  @Inject OktaResourceRepository resources;

  @Test
  void givenTenantChangedTwice_saveOfStaleCopy_isRefused() {
    String key = uniqueKey();
    inTx(() -> tenants.save(TestTenantFactory.pendingTenant(key)));
    Tenant first = inTx(() -> tenants.findByKey(TenantKey.of(key)).orElseThrow());
    Tenant second = inTx(() -> tenants.findByKey(TenantKey.of(key)).orElseThrow());

    first.startProvisioning(T1);
    inTx(() -> tenants.save(first));
    second.startDeletion(T1);

    assertThatThrownBy(() -> inTx(() -> tenants.save(second)))
        .isInstanceOf(ConcurrentChangeException.class);
    assertThat(inTx(() -> tenants.findByKey(TenantKey.of(key)).orElseThrow()))
        .satisfies(t -> assertThat(t.status()).isEqualTo(LifecycleStatus.PROVISIONING))
        .satisfies(t -> assertThat(t.version()).isEqualTo(1));
  }

  @Test
  void givenApplicationWithTwoAliases_roundTrip_keepsEveryField() {
    String key = uniqueKey();
    inTx(() -> tenants.save(TestTenantFactory.pendingTenant(key)));
    ApplicationId id = ApplicationId.random();
    Application app =
        Application.register(
            id,
            TenantKey.of(key),
            ApplicationKind.DV,
            Map.of(
                Alias.of(key + ".feedback.example.com"),
                BaseUrl.of("https://" + key + ".feedback.example.com/dv"),
                Alias.of(key + ".example.org"),
                BaseUrl.of("https://" + key + ".example.org/dv")),
            T1);
    inTx(() -> applications.save(app));

    Application loaded = inTx(() -> applications.findById(id).orElseThrow());

    assertThat(loaded.kind()).isEqualTo(ApplicationKind.DV);
    assertThat(loaded.baseUrls()).isEqualTo(app.baseUrls());
    assertThat(loaded.status()).isEqualTo(LifecycleStatus.PENDING);
    assertThat(inTx(() -> applications.findByTenant(TenantKey.of(key))))
        .extracting(Application::id)
        .containsExactly(id);
  }

  @Test
  void givenApplicationChangedByAnotherTransactionMeanwhile_save_reportsAConcurrentChange() {
    String key = uniqueKey();
    inTx(() -> tenants.save(TestTenantFactory.pendingTenant(key)));
    ApplicationId id = ApplicationId.random();
    Alias alias = Alias.of(key + ".example.com");
    inTx(
        () ->
            applications.save(
                Application.register(
                    id,
                    TenantKey.of(key),
                    ApplicationKind.EFS,
                    Map.of(alias, BaseUrl.of("https://" + key + ".example.com")),
                    T1)));
    java.util.concurrent.atomic.AtomicReference<Throwable> failure =
        new java.util.concurrent.atomic.AtomicReference<>();

    try {
      inTx(
          () -> {
            Application mine = applications.findById(id).orElseThrow();
            // Another request changes and commits the same application in between.
            inTx(
                () -> {
                  Application theirs = applications.findById(id).orElseThrow();
                  theirs.changeBaseUrls(
                      Map.of(alias, BaseUrl.of("https://" + key + ".example.com/theirs")), T1);
                  applications.save(theirs);
                });
            mine.changeBaseUrls(
                Map.of(alias, BaseUrl.of("https://" + key + ".example.com/mine")), T1);
            try {
              applications.save(mine);
            } catch (RuntimeException e) {
              failure.set(e);
              throw e;
            }
          });
    } catch (RuntimeException rolledBack) {
      // The outer transaction rolls back with it.
      if (failure.get() == null) {
        throw rolledBack;
      }
    }

    assertThat(failure.get()).isInstanceOf(ConcurrentChangeException.class);
    assertThat(inTx(() -> applications.findById(id).orElseThrow()).baseUrls())
        .containsEntry(alias, BaseUrl.of("https://" + key + ".example.com/theirs"));
  }

  @Test
  void givenRecordedResource_saveWithNewFingerprint_updatesInPlace() {
    String key = uniqueKey();
    inTx(() -> tenants.save(TestTenantFactory.pendingTenant(key)));
    OktaResource group =
        new OktaResource(
            OktaResourceType.GROUP,
            OktaId.of("00g" + key.replace("-", "")),
            "tenant-" + key + "-users",
            TenantKey.of(key),
            null,
            Fingerprint.of("v1"));
    inTx(() -> resources.save(group));
    inTx(() -> resources.save(group.withFingerprint(Fingerprint.of("v2"))));

    assertThat(inTx(() -> resources.findByTenant(TenantKey.of(key))))
        .singleElement()
        .satisfies(r -> assertThat(r.fingerprint()).isEqualTo(Fingerprint.of("v2")));

    inTx(() -> resources.delete(OktaResourceType.GROUP, group.oktaId()));
    assertThat(inTx(() -> resources.find(OktaResourceType.GROUP, group.oktaId()))).isEmpty();
  }

  private static String uniqueKey() {
    return "t" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static void inTx(Runnable work) {
    QuarkusTransaction.requiringNew().run(work);
  }

  private static <T> T inTx(java.util.concurrent.Callable<T> work) {
    return QuarkusTransaction.requiringNew().call(work);
  }
}
