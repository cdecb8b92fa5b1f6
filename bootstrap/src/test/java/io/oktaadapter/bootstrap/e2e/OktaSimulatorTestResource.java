package io.oktaadapter.bootstrap.e2e;

import io.oktaadapter.simulator.OktaSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Test resource: an embedded Okta simulator as the application's Okta org, shared by every test of
 * this module and reset between test classes that need a clean org.
 */
public class OktaSimulatorTestResource implements QuarkusTestResourceLifecycleManager {

  static final String TOKEN = "test-okta-token";
  // A rate-limit minute lasts one real second, so that 429 storms pass within a test.
  static final double TIME_SCALE = 60;
  private static OktaSimulator simulator;

  @Override
  public synchronized Map<String, String> start() {
    if (simulator == null) {
      simulator = OktaSimulator.builder().port(0).token(TOKEN).timeScale(TIME_SCALE).start();
      Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "okta-simulator-stop"));
    }
    return Map.of(
        "okta-adapter.okta.org-url",
        simulator.baseUrl(),
        "okta-adapter.okta.api-token",
        TOKEN,
        "okta-adapter.okta.rate-limit.time-scale",
        Double.toString(TIME_SCALE));
  }

  @Override
  public void stop() {
    // shared by every test application of this JVM; stops when the JVM exits
  }

  static OktaSimulator simulator() {
    return simulator;
  }
}
