package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.in.provisioning.ReconcileDueTenantsUseCase;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.provisioning.JobId;
import io.oktaadapter.domain.provisioning.JobKind;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.oktaadapter.domain.tenant.TenantSpec;
import io.oktaadapter.testing.PostgresServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * End to end: job leases on the real database. Two runners racing for jobs never get the same one,
 * and a job whose runner died is resumed by a live runner once the lease runs out.
 */
@QuarkusTest
class JobRunnerLeaseTest {

  @Inject TenantRepository tenants;
  @Inject ProvisioningJobRepository jobs;
  @Inject ReconcileDueTenantsUseCase reconcileDue;

  private JobId queue(String key, JobKind kind) {
    return QuarkusTransaction.requiringNew().call(() -> queueInTransaction(key, kind));
  }

  private JobId queueInTransaction(String key, JobKind kind) {
    var spec = TenantSpec.parse(key, key, List.of(key + ".example.com"), List.of(), "OFF");
    tenants.save(spec.register(Instant.now()));
    var job = ProvisioningJob.queue(spec.key(), kind, null, Fingerprint.of(key), Instant.now());
    jobs.save(job);
    return job.id();
  }

  private Optional<JobId> claim(String runner, Duration lease) {
    return QuarkusTransaction.requiringNew().call(() -> jobs.claimNext(runner, lease));
  }

  @Test
  void givenQueuedJobs_twoRunnersClaimConcurrently_neverGetTheSameJob() throws Exception {
    // All jobs become visible in one commit; the application's own runner competes as well.
    Set<JobId> queued =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  Set<JobId> ids = new HashSet<>();
                  for (int i = 0; i < 20; i++) {
                    ids.add(queueInTransaction("lease-race-" + i, JobKind.DELETE));
                  }
                  return ids;
                });
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<List<JobId>>> results = new ArrayList<>();
    for (String runner : List.of("runner-a", "runner-b")) {
      Callable<List<JobId>> loop =
          () -> {
            List<JobId> mine = new ArrayList<>();
            for (int n = 0; n < 40; n++) {
              claim(runner, Duration.ofSeconds(30)).ifPresent(mine::add);
            }
            return mine;
          };
      results.add(pool.submit(loop));
    }
    List<JobId> both = new ArrayList<>(results.get(0).get());
    both.addAll(results.get(1).get());
    pool.shutdown();

    // Jobs queued by other tests may be claimed too; what matters is that none is claimed twice.
    assertThat(both).doesNotHaveDuplicates();
    assertThat(both).filteredOn(queued::contains).isNotEmpty();
  }

  @Test
  void givenJobOfADeadRunner_leaseRunsOut_aLiveRunnerResumesAndFinishesIt() {
    // Queued and claimed in one transaction by a runner that dies at once: its one-second lease
    // is never renewed, and no live runner could take the job first.
    JobId[] claimed = new JobId[2];
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              claimed[0] = queueInTransaction("lease-resume", JobKind.PROVISION);
              claimed[1] = jobs.claimNext("dead-runner", Duration.ofSeconds(1)).orElseThrow();
            });
    JobId id = claimed[0];
    assertThat(claimed[1]).isEqualTo(id);

    String status = "";
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!status.equals("SUCCEEDED") && System.nanoTime() < deadline) {
      status =
          given()
              .header("Authorization", Tokens.bearer("vera", "viewer"))
              .get("/api/v1/jobs/" + id)
              .then()
              .statusCode(200)
              .extract()
              .path("status");
    }
    assertThat(status).isEqualTo("SUCCEEDED");
    assertThat(OktaOrgState.resourcesOf("lease-resume")).hasSize(4);
  }

  @Test
  void givenReadyTenant_twoReplicasQueueScheduledReconcilesAtOnce_itGetsExactlyOne()
      throws Exception {
    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .header("Prefer", "wait=30")
        .contentType(io.restassured.http.ContentType.JSON)
        .body(TenantProvisioningTest.spec("lease-scheduled", "OFF", "lease-scheduled.example.com"))
        .post("/api/v1/tenants")
        .then()
        .statusCode(200);
    ExecutorService replicas = Executors.newFixedThreadPool(2);
    Callable<Integer> tick =
        () ->
            QuarkusTransaction.requiringNew()
                .call(() -> reconcileDue.reconcileDue(Duration.ofHours(1)));
    Future<Integer> a = replicas.submit(tick);
    Future<Integer> b = replicas.submit(tick);
    int queued = a.get() + b.get();
    replicas.shutdown();

    assertThat(queued).isPositive();
    assertThat(tick.call()).isZero();
    try (var db = PostgresServer.shared().connect();
        var count =
            db.prepareStatement(
                "select count(*) from provisioning_job"
                    + " where tenant_key = 'lease-scheduled' and kind = 'RECONCILE'")) {
      var rows = count.executeQuery();
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
    }
  }
}
