package io.oktaadapter.testing.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalControlTest {

  private final List<String> calls = new ArrayList<>();

  @Test
  void givenRestartableService_postStopThenStart_stopsAndStartsItInPlace() throws Exception {
    try (LocalControl control = LocalControl.start(0, Map.of("kafka", new Recording()))) {
      assertThat(post(control.url() + "/kafka/stop")).isEqualTo(200);
      assertThat(post(control.url() + "/kafka/start")).isEqualTo(200);
    }
    assertThat(calls).containsExactly("stop", "start");
  }

  @Test
  void givenUnknownServiceOrAction_request_isRefusedAndNothingHappens() throws Exception {
    try (LocalControl control = LocalControl.start(0, Map.of("kafka", new Recording()))) {
      assertThat(post(control.url() + "/mail/stop")).isEqualTo(404);
      assertThat(post(control.url() + "/kafka/delete")).isEqualTo(404);
      HttpResponse<Void> get =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(control.url() + "/kafka/stop")).build(),
                  HttpResponse.BodyHandlers.discarding());
      assertThat(get.statusCode()).isEqualTo(404);
    }
    assertThat(calls).isEmpty();
  }

  private static int post(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private final class Recording implements RestartableService {
    @Override
    public String name() {
      return "kafka";
    }

    @Override
    public List<Endpoint> start(LocalSettings settings) {
      return List.of();
    }

    @Override
    public void stopInPlace() {
      calls.add("stop");
    }

    @Override
    public void startInPlace() {
      calls.add("start");
    }

    @Override
    public void close() {}
  }
}
