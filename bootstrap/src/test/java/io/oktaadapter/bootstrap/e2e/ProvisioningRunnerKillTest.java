package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.oktaadapter.application.port.in.provisioning.RunProvisioningJobUseCase;
import io.oktaadapter.application.port.out.messaging.Outbox;
import io.oktaadapter.application.port.out.notification.NotificationOutbox;
import io.oktaadapter.application.port.out.okta.OktaApplicationGroups;
import io.oktaadapter.application.port.out.okta.OktaApplications;
import io.oktaadapter.application.port.out.okta.OktaGroupRules;
import io.oktaadapter.application.port.out.okta.OktaGroups;
import io.oktaadapter.application.port.out.okta.OktaPolicies;
import io.oktaadapter.application.port.out.okta.OktaTrustedOrigins;
import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import io.oktaadapter.application.port.out.persistence.TenantDriftRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import io.oktaadapter.application.port.out.provisioning.DriftMetrics;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.service.notification.NotificationSettings;
import io.oktaadapter.application.service.provisioning.JobEndListener;
import io.oktaadapter.application.service.provisioning.OktaPorts;
import io.oktaadapter.application.service.provisioning.ProvisioningSettings;
import io.oktaadapter.application.service.provisioning.RunProvisioningJobService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end: kill -9 of the job runner at every Okta write of a tenant + application plan. A
 * runner built from the application's real parts dies right after Okta answered its k-th write:
 * that answer, every later Okta answer and every later commit of the runner are lost. Another
 * runner takes the job over once the lease runs out. Afterwards Okta holds exactly the desired
 * resources (or none, had the job failed), and a retried request with the same Idempotency-Key
 * creates nothing.
 */
@QuarkusTest
@TestProfile(ProvisioningRunnerKillTest.RunnersDrivenByTheTest.class)
class ProvisioningRunnerKillTest {

  /** The application's own runner is off: the test runs the doomed and the surviving runner. */
  public static class RunnersDrivenByTheTest implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "okta-adapter.provisioning.runner-enabled", "false",
          "okta-adapter.provisioning.lease", "2s");
    }
  }

  private static final Set<String> WRITE_METHODS =
      Set.of(
          "create",
          "update",
          "delete",
          "activate",
          "deactivate",
          "assign",
          "unassign",
          "createMfaPolicy",
          "updateMfaPolicy",
          "deleteMfaPolicy");

  @Inject ProvisioningJobRepository jobs;
  @Inject TenantRepository tenants;
  @Inject ApplicationRepository applications;
  @Inject OktaResourceRepository resources;
  @Inject SecretStore secrets;
  @Inject Outbox outbox;
  @Inject UnitOfWork unitOfWork;
  @Inject OktaPorts okta;
  @Inject ProvisioningSettings settings;
  @Inject Clock clock;
  @Inject TenantDriftRepository drifts;
  @Inject NotificationOutbox notificationOutbox;
  @Inject NotificationSettings notificationSettings;
  @Inject RunProvisioningJobUseCase survivor;

  /** Thrown in the doomed runner from the moment it is dead. */
  static final class Killed extends RuntimeException {
    Killed() {
      super("runner killed (simulated kill -9)");
    }
  }

  /** The runner's process: dies after the k-th Okta write returned. */
  static final class Doom {
    final int k;
    final AtomicInteger writes = new AtomicInteger();
    final AtomicBoolean dead = new AtomicBoolean();

    Doom(int k) {
      this.k = k;
    }

    @SuppressWarnings("unchecked")
    <T> T wrap(Class<T> port, T real, boolean counts) {
      InvocationHandler handler =
          (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
              return method.invoke(real, args);
            }
            if (dead.get()) {
              throw new Killed();
            }
            Object result;
            try {
              result = method.invoke(real, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
            if (dead.get()) {
              throw new Killed(); // the answer arrived after the process died
            }
            if (counts
                && WRITE_METHODS.contains(method.getName())
                && writes.incrementAndGet() == k) {
              dead.set(true);
              throw new Killed();
            }
            return result;
          };
      return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler);
    }
  }

  private RunProvisioningJobService doomedRunner(Doom doom) {
    OktaPorts ports =
        new OktaPorts(
            doom.wrap(OktaGroups.class, okta.groups(), true),
            doom.wrap(OktaGroupRules.class, okta.rules(), true),
            doom.wrap(OktaTrustedOrigins.class, okta.origins(), true),
            doom.wrap(OktaPolicies.class, okta.policies(), true),
            doom.wrap(OktaApplications.class, okta.apps(), true),
            doom.wrap(OktaApplicationGroups.class, okta.appGroups(), true));
    return new RunProvisioningJobService(
        jobs,
        tenants,
        applications,
        resources,
        secrets,
        outbox,
        doom.wrap(UnitOfWork.class, unitOfWork, false),
        ports,
        drifts,
        DriftMetrics.NONE,
        settings,
        notificationOutbox,
        notificationSettings,
        clock,
        JobEndListener.NONE);
  }

  private static io.restassured.response.Response post(String path, Object body, String key) {
    return given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .post(path);
  }

  private static String jobStatus(String id) {
    return given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/jobs/" + id)
        .then()
        .statusCode(200)
        .extract()
        .path("status");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void givenRunnerKilledAfterOktaAnsweredWriteK_anotherRunnerResumes_oktaHoldsExactlyTheDesired(
      int k) throws Exception {
    // Jobs other test classes left behind are finished first, so the doomed runner gets this one.
    while (survivor.runNext("survivor")) {
      // drained
    }
    String key = "kill-" + k;
    String alias = key + ".example.com";
    var tenantBody = TenantProvisioningTest.spec(key, "REQUIRED", alias);
    var appBody = Map.of("kind", "EFS", "baseUrls", Map.of(alias, "https://" + alias + "/efs"));
    String tenantJob =
        post("/api/v1/tenants", tenantBody, key + "-t").then().statusCode(202).extract().path("id");
    String appJob =
        post("/api/v1/tenants/" + key + "/applications", appBody, key + "-a")
            .then()
            .statusCode(202)
            .extract()
            .path("id");

    Doom doom = new Doom(k);
    RunProvisioningJobService doomed = doomedRunner(doom);
    // The doomed runner claims the oldest job; older leftovers of other tests are run to the end.
    while (!doom.dead.get() && !jobStatus(tenantJob).equals("SUCCEEDED")) {
      try {
        if (!doomed.runNext("doomed-" + k)) {
          break;
        }
      } catch (Killed expected) {
        // the process is gone: its lease stays until it runs out
      }
    }
    assertThat(doom.dead).as("the runner was killed at write " + k).isTrue();
    assertThat(jobStatus(tenantJob)).isIn("QUEUED", "RUNNING");

    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while ((!finished(tenantJob) || !finished(appJob)) && System.nanoTime() < deadline) {
      if (!survivor.runNext("survivor")) {
        Thread.sleep(200);
      }
    }
    assertThat(jobStatus(tenantJob)).isEqualTo("SUCCEEDED");
    assertThat(jobStatus(appJob)).isEqualTo("SUCCEEDED");
    List<String> desired = OktaOrgState.resourcesOf(key);
    // Two groups, the rule, one origin, the MFA policy and the EFS application: each once.
    assertThat(desired).hasSize(6).doesNotHaveDuplicates();
    assertThat(OktaOrgState.ruleStatus(key + "-users-rule")).isEqualTo("ACTIVE");
    given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/tenants/" + key)
        .then()
        .body("status", equalTo("READY"))
        // the six resources plus two assignments, each recorded once
        .body("oktaResources.size()", equalTo(8));

    // A client that never saw its answers retries with the same keys: nothing new is created.
    post("/api/v1/tenants", tenantBody, key + "-t")
        .then()
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(tenantJob));
    post("/api/v1/tenants/" + key + "/applications", appBody, key + "-a")
        .then()
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(appJob));
    assertThat(OktaOrgState.resourcesOf(key)).isEqualTo(desired);
  }

  private static boolean finished(String job) {
    return Set.of("SUCCEEDED", "FAILED").contains(jobStatus(job));
  }
}
