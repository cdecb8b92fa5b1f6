package io.oktaadapter.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oktaadapter.simulator.OktaSimulator;
import io.oktaadapter.testing.KafkaBroker;
import io.oktaadapter.testing.PostgresServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The container image as operators run it: started with podman (read-only root file system, the
 * manifests' memory limit) against the tests' real PostgreSQL and Kafka and an Okta simulator.
 * Readiness within the start-up budget and one delivery end to end; graceful shutdown in the middle
 * of a steady delivery stream; one of two replicas killed in the middle of a delivery stream and of
 * a provisioning job.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerImageTest {

  /**
   * Start-to-ready budget of one container: docs/benchmarks.md ("Container start-up") measured the
   * image at a few seconds on the shared 2-core machine; the budget leaves room for a loaded CI
   * machine.
   */
  static final Duration READY_BUDGET = Duration.ofSeconds(60);

  static final String IDENTITY_EVENTS = "okta-adapter.identity-events";
  static final String OKTA_TOKEN = "container-test-okta-token";
  static final Duration LEASE = Duration.ofSeconds(10);

  private final ObjectMapper json = new ObjectMapper();
  private final List<AdapterContainer> containers = new CopyOnWriteArrayList<>();
  private Podman podman;
  private String image;
  private PostgresServer postgres;
  private KafkaBroker kafka;
  private OktaSimulator okta;

  @BeforeAll
  void infrastructure() {
    podman = AdapterImage.podman();
    image = AdapterImage.reference();
    postgres = PostgresServer.shared();
    kafka = KafkaBroker.shared();
    okta = OktaSimulator.builder().port(0).token(OKTA_TOKEN).start();
  }

  @AfterAll
  void stopAll() {
    containers.forEach(AdapterContainer::close);
    if (okta != null) {
      okta.close();
    }
  }

  /** The adapter's configuration, as the ConfigMap and Secret of k8s/ give it (prod profile). */
  private Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("OKTA_ADAPTER_DB_URL", postgres.jdbcUrl());
    env.put("OKTA_ADAPTER_DB_USER", postgres.username());
    env.put("OKTA_ADAPTER_DB_PASSWORD", postgres.password());
    env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    env.put("OKTA_ADAPTER_OIDC_ISSUER", "http://127.0.0.1:1/realms/none");
    env.put("OKTA_ORG_URL", okta.baseUrl());
    // The tenants of these tests use aliases under example.com: platform aliases, no DNS proof.
    env.put("OKTA_ADAPTER_ALIASES_PLATFORM_DOMAINS", "example.com");
    env.put("OKTA_AUTH_MODE", "api-token");
    env.put("OKTA_API_TOKEN", OKTA_TOKEN);
    env.put("OKTA_ADAPTER_VAULT_URL", "http://127.0.0.1:1");
    // No Vault here: the local encrypted store on the container's writable /tmp, seeded with the
    // event hook's secret.
    env.put("OKTA_ADAPTER_SECRETS_BACKEND", "local");
    env.put("OKTA_ADAPTER_SECRETS_LOCAL_DIRECTORY", "/tmp/secrets");
    env.put(
        "JAVA_OPTS_APPEND",
        "-Dokta-adapter.secrets.local.seed.\"hooks/event/current\"=" + DeliveryStream.SECRET);
    env.put("OKTA_ADAPTER_COMMANDS_ALLOWED_SOURCES", "urn:test:*");
    env.put("OKTA_ADAPTER_PROVISIONING_LEASE", LEASE.toSeconds() + "s");
    // One step at a time: with a slow Okta, the replica-kill test's job lasts long enough to be
    // killed in the middle, however slowly the second replica starts.
    env.put("OKTA_ADAPTER_PROVISIONING_STEP_PARALLELISM", "1");
    return env;
  }

  private AdapterContainer start() {
    AdapterContainer container = AdapterContainer.start(podman, image, environment());
    containers.add(container);
    return container;
  }

  @Test
  void givenImage_start_isReadyWithinBudgetAndADeliveryReachesKafka() {
    try (AdapterContainer adapter = start()) {
      Duration ready = adapter.awaitReady(READY_BUDGET);
      System.out.printf(
          "[container] %s ready %d ms after podman run; memory %s%n",
          image, ready.toMillis(), adapter.memoryUsage());

      String eventId = "ct-single-" + UUID.randomUUID();
      int status = post(adapter.http("/hooks/okta/events"), DeliveryStream.delivery(eventId));
      assertThat(status).isEqualTo(200);
      List<ConsumerRecord<String, String>> records =
          TopicRecords.read(
              kafka.bootstrapServers(),
              IDENTITY_EVENTS,
              eventId::equals,
              Set.of(eventId),
              Duration.ofSeconds(30));
      assertThat(records).hasSize(1);
      assertThat(TopicRecords.header(records.get(0), "ce_type"))
          .isEqualTo("com.okta.user.session.start");
      // Health and metrics answer on the management port only.
      assertThat(AdapterContainer.status(adapter.management("/q/metrics"))).isEqualTo(200);
      assertThat(AdapterContainer.status(adapter.http("/q/metrics"))).isEqualTo(404);
      assertThat(AdapterContainer.status(adapter.http("/q/health/ready"))).isEqualTo(404);
    }
  }

  @Test
  void givenSteadyDeliveries_podmanStop_losesNoAcknowledgedEventAndExitsWithinTheGracePeriod() {
    int grace = Manifests.terminationGracePeriodSeconds();
    AdapterContainer adapter = start();
    adapter.awaitReady(READY_BUDGET);
    URI hook = adapter.http("/hooks/okta/events");
    Duration stopTook;
    DeliveryStream stream = DeliveryStream.start(() -> List.of(hook), 4, 10, false);
    try {
      AdapterContainer.sleep(3000);
      stopTook = adapter.stop(grace);
      AdapterContainer.sleep(500);
    } finally {
      stream.close();
    }
    int exit = adapter.exitCode();
    String logs = adapter.logs();
    adapter.close();

    Set<String> acknowledged = stream.acknowledged();
    List<ConsumerRecord<String, String>> records =
        TopicRecords.read(
            kafka.bootstrapServers(),
            IDENTITY_EVENTS,
            id -> id.startsWith(stream.prefix()),
            acknowledged,
            Duration.ofSeconds(20));
    Set<String> published = ids(records);
    Set<String> missing = new HashSet<>(acknowledged);
    missing.removeAll(published);
    System.out.printf(
        "[container] graceful stop: %d deliveries sent, %d answered 200, %d in Kafka, %d missing;"
            + " podman stop took %d ms (grace %d s), exit code %d%n",
        stream.sent().size(),
        acknowledged.size(),
        published.size(),
        missing.size(),
        stopTook.toMillis(),
        grace,
        exit);
    assertThat(acknowledged).as("deliveries answered 200").hasSizeGreaterThan(20);
    assertThat(missing).as("answered 200 but not in Kafka; logs:\n" + logs).isEmpty();
    // 143: the JVM ended on SIGTERM by itself; 137 would be podman's SIGKILL after the grace
    // period.
    assertThat(exit).as("exit code; logs:\n" + logs).isEqualTo(143);
    assertThat(stopTook).isLessThan(Duration.ofSeconds(grace));
  }

  @Test
  void givenTwoReplicas_killOneMidStreamAndMidJob_losesNothingAndTheJobFinishesOnTheSurvivor()
      throws Exception {
    Set<String> before = oktaResourceIds();
    // A slow Okta until the kill: the job is still running when its replica is killed.
    okta.setLatency(Duration.ofSeconds(2));
    AdapterContainer doomed = start();
    doomed.awaitReady(READY_BUDGET);
    List<URI> targets = new CopyOnWriteArrayList<>(List.of(doomed.http("/hooks/okta/events")));
    DeliveryStream stream = DeliveryStream.start(() -> List.copyOf(targets), 4, 10, true);
    String tenant = "ct" + UUID.randomUUID().toString().substring(0, 8);
    AdapterContainer survivor;
    String doomedRunner;
    long killedAt;
    try {
      provision(tenant);
      doomedRunner = awaitJobOwner(tenant, Duration.ofSeconds(60));
      survivor = start();
      survivor.awaitReady(READY_BUDGET);
      targets.add(survivor.http("/hooks/okta/events"));
      AdapterContainer.sleep(1500);
      assertThat(jobStatus(tenant))
          .as("job still running when its replica is killed")
          .isEqualTo("RUNNING");
      doomed.kill();
      killedAt = System.nanoTime();
      okta.setLatency(Duration.ZERO);
      targets.remove(doomed.http("/hooks/okta/events"));
      AdapterContainer.sleep(3000);
    } finally {
      stream.close();
    }
    String job = awaitJobEnd(tenant, LEASE.plus(Duration.ofSeconds(90)));
    Duration jobEndAfterKill = Duration.ofNanos(System.nanoTime() - killedAt);

    Set<String> acknowledged = stream.acknowledged();
    List<ConsumerRecord<String, String>> records =
        TopicRecords.read(
            kafka.bootstrapServers(),
            IDENTITY_EVENTS,
            id -> id.startsWith(stream.prefix()),
            acknowledged,
            Duration.ofSeconds(30));
    Set<String> published = ids(records);
    Set<String> lost = new HashSet<>(acknowledged);
    lost.removeAll(published);
    Set<String> unknown = new HashSet<>(published);
    unknown.removeAll(stream.sent());
    Map<String, Long> perId =
        records.stream()
            .collect(
                Collectors.groupingBy(r -> TopicRecords.header(r, "ce_id"), Collectors.counting()));
    long rawDuplicates = perId.values().stream().mapToLong(n -> n - 1).sum();
    Set<String> created = new HashSet<>(oktaResourceIds());
    created.removeAll(before);
    Set<String> orphans = new HashSet<>(created);
    orphans.removeAll(recordedResources(tenant));
    System.out.printf(
        "[container] replica kill: %d deliveries sent (%d attempts, %d failed and retried), %d"
            + " answered 200, %d in Kafka (%d records, %d duplicate records before de-duplication),"
            + " %d lost; job %s %d ms after the kill (lease %d s), finished by %s (killed: %s);"
            + " %d Okta resources created, %d not recorded%n",
        stream.sent().size(),
        stream.attempts(),
        stream.failedAttempts(),
        acknowledged.size(),
        published.size(),
        records.size(),
        rawDuplicates,
        lost.size(),
        job,
        jobEndAfterKill.toMillis(),
        LEASE.toSeconds(),
        jobOwner(tenant),
        doomedRunner,
        created.size(),
        orphans.size());
    assertThat(acknowledged).hasSizeGreaterThan(20);
    assertThat(lost).as("answered 200 but not in Kafka").isEmpty();
    assertThat(unknown).as("records of events never sent").isEmpty();
    assertThat(job).as("job; survivor logs:\n" + survivor.logs()).isEqualTo("SUCCEEDED");
    assertThat(jobOwner(tenant)).isNotEqualTo(doomedRunner);
    assertThat(jobEndAfterKill).isLessThan(LEASE.plus(Duration.ofSeconds(60)));
    assertThat(created).as("Okta resources the job created").isNotEmpty();
    assertThat(orphans).as("Okta resources the adapter does not know").isEmpty();
  }

  private static Set<String> ids(List<ConsumerRecord<String, String>> records) {
    return records.stream()
        .map(r -> TopicRecords.header(r, "ce_id"))
        .collect(Collectors.toCollection(HashSet::new));
  }

  private static int post(URI uri, String body) {
    try {
      var request =
          java.net.http.HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(5))
              .header("Authorization", DeliveryStream.SECRET)
              .header("Content-Type", "application/json")
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
              .build();
      return java.net.http.HttpClient.newHttpClient()
          .send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (Exception e) {
      throw new AssertionError("delivery failed", e);
    }
  }

  /** tenant.provision over Kafka, as another service sends it. */
  private void provision(String tenant) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
      List<String> aliases = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        aliases.add("\"" + tenant + "-" + i + ".example.com\"");
      }
      String data =
          "{\"displayName\":\"Container test %s\",\"aliases\":[%s]}"
              .formatted(tenant, String.join(",", aliases));
      ProducerRecord<String, String> record =
          new ProducerRecord<>("okta-adapter.commands", tenant, data);
      Function<String, byte[]> bytes = s -> s.getBytes(StandardCharsets.UTF_8);
      record.headers().add("ce_specversion", bytes.apply("1.0"));
      record.headers().add("ce_id", bytes.apply("cmd-" + UUID.randomUUID()));
      record.headers().add("ce_type", bytes.apply("io.oktaadapter.command.tenant.provision"));
      record.headers().add("ce_source", bytes.apply("urn:test:container"));
      record.headers().add("content-type", bytes.apply("application/json"));
      producer.send(record).get();
    } catch (Exception e) {
      throw new AssertionError("could not send the command", e);
    }
  }

  private String awaitJobOwner(String tenant, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String owner = jobOwner(tenant);
      if (owner != null && "RUNNING".equals(jobStatus(tenant))) {
        return owner;
      }
      AdapterContainer.sleep(100);
    }
    throw new AssertionError("no replica took the job of " + tenant);
  }

  private String awaitJobEnd(String tenant, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String status = null;
    while (System.nanoTime() < deadline) {
      status = jobStatus(tenant);
      if ("SUCCEEDED".equals(status) || "FAILED".equals(status)) {
        return status;
      }
      AdapterContainer.sleep(200);
    }
    return status;
  }

  private String jobStatus(String tenant) {
    return single("select status from provisioning_job where tenant_key = ?", tenant);
  }

  private String jobOwner(String tenant) {
    return single("select lease_owner from provisioning_job where tenant_key = ?", tenant);
  }

  private Set<String> recordedResources(String tenant) {
    Set<String> ids = new HashSet<>();
    try (Connection c = postgres.connect();
        PreparedStatement s =
            c.prepareStatement("select okta_id from okta_resource where tenant_key = ?")) {
      s.setString(1, tenant);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
    return ids;
  }

  private String single(String sql, String parameter) {
    try (Connection c = postgres.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      // Before the first container migrated the schema.
      return null;
    }
  }

  /** Ids of the Okta resources the adapter manages, as the simulator holds them. */
  private Set<String> oktaResourceIds() {
    Set<String> ids = new HashSet<>();
    try {
      JsonNode state = json.readTree(okta.dumpState());
      for (String kind : List.of("groups", "groupRules", "apps", "trustedOrigins", "policies")) {
        collectIds(state.path(kind), ids);
      }
    } catch (Exception e) {
      throw new AssertionError("simulator state", e);
    }
    return ids;
  }

  private static void collectIds(JsonNode node, Set<String> ids) {
    if (node.isArray()) {
      node.forEach(n -> collectIds(n, ids));
    } else if (node.isObject()) {
      if (node.has("id") && node.get("id").isTextual()) {
        ids.add(node.get("id").asText());
      } else {
        node.forEach(n -> collectIds(n, ids));
      }
    }
  }
}
