package io.oktaadapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrafficControlTest {
  private OktaSimulator simulator;
  private ApiClient api;

  @BeforeEach
  void start() {
    simulator = OktaSimulator.builder().start();
    api = new ApiClient(simulator);
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void givenConcurrencyLimitTwo_fourParallelSlowCalls_rejectsTwoWith429() {
    simulator.setConcurrencyLimit(2);
    simulator.setLatency(Duration.ofMillis(1000));
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/api/v1/groups"))
            .header("Authorization", "SSWS " + simulator.token())
            .build();

    List<HttpResponse<String>> responses =
        IntStream.range(0, 4)
            .mapToObj(i -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
            .toList()
            .stream()
            .map(CompletableFuture::join)
            .toList();

    assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(2);
    assertThat(responses)
        .filteredOn(r -> r.statusCode() == 429)
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.headers().firstValue("X-Rate-Limit-Limit")).hasValue("0"))
        .allSatisfy(r -> assertThat(r.body()).contains("E0000047"));
  }

  @Test
  void givenClientGivingUpOnHungCall_later_theConcurrencySlotIsFreedAgain() throws Exception {
    simulator.setConcurrencyLimit(1);
    simulator.addFault(Fault.hang("GET /api/v1/groups", 1, 400));
    HttpRequest impatient =
        HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/api/v1/groups"))
            .header("Authorization", "SSWS " + simulator.token())
            .timeout(Duration.ofMillis(100))
            .build();
    var outcome =
        HttpClient.newHttpClient()
            .sendAsync(impatient, HttpResponse.BodyHandlers.ofString())
            .handle((response, error) -> error);

    Thread.sleep(700);

    assertThat(outcome.join()).isNotNull();
    assertThat(api.get("/api/v1/groups").status()).isEqualTo(200);
  }

  @Test
  void givenLatency_call_takesAtLeastThatLong() {
    simulator.setLatency(Duration.ofMillis(200));
    long start = System.nanoTime();

    api.get("/api/v1/groups");

    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(200);
  }

  @Test
  void givenServerErrorFaultOnSecondCreate_threeCreates_onlySecondFailsWith500() {
    simulator.addFault(Fault.serverError("POST /api/v1/groups", 2));

    var first = api.post("/api/v1/groups", GroupsApiTest.group("a"));
    var second = api.post("/api/v1/groups", GroupsApiTest.group("b"));
    var third = api.post("/api/v1/groups", GroupsApiTest.group("c"));

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(500);
    assertThat(second.body().path("errorCode").asText()).isEqualTo("E0000009");
    assertThat(third.status()).isEqualTo(200);
  }

  @Test
  void givenRateLimitFaultWithWildcard_firstGetById_returns429() {
    simulator.addFault(Fault.rateLimited("GET /api/v1/groups/*", 1));

    var reply = api.get("/api/v1/groups/00gany00000000000000");

    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.body().path("errorCode").asText()).isEqualTo("E0000047");
    assertThat(reply.header("X-Rate-Limit-Remaining")).isEqualTo("0");
  }

  @Test
  void givenForbiddenFault_call_returns403E0000006() {
    simulator.addFault(Fault.forbidden("DELETE /api/v1/groups/*", 1));

    var reply = api.delete("/api/v1/groups/00gany00000000000000");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.body().path("errorCode").asText()).isEqualTo("E0000006");
  }

  @Test
  void givenHangFault_call_answersOnlyAfterTheHang() {
    simulator.addFault(Fault.hang("GET /api/v1/users", 1, 300));
    long start = System.nanoTime();

    var reply = api.get("/api/v1/users");

    assertThat(reply.status()).isEqualTo(200);
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
  }

  @Test
  void givenConsistencyDelay_createdGroup_appearsInListOnlyAfterTheDelay()
      throws InterruptedException {
    simulator.setConsistencyDelay(Duration.ofMillis(1500));
    long created = System.nanoTime();
    String id = api.post("/api/v1/groups", GroupsApiTest.group("late")).id();

    var byId = api.get("/api/v1/groups/" + id);
    var listedAtOnce = api.get("/api/v1/groups?q=late");
    var listedLater = listedAtOnce;
    while (listedLater.body().isEmpty() && System.nanoTime() - created < 5_000_000_000L) {
      Thread.sleep(100);
      listedLater = api.get("/api/v1/groups?q=late");
    }

    assertThat(byId.status()).isEqualTo(200);
    assertThat(listedAtOnce.body()).isEmpty();
    assertThat(listedLater.body()).hasSize(1);
    assertThat((System.nanoTime() - created) / 1_000_000).isGreaterThanOrEqualTo(1500);
  }
}
