package io.oktaadapter.bootstrap.e2e;

import io.oktaadapter.simulator.OktaSimulator;
import io.oktaadapter.simulator.RateLimitTier;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Test resource: the embedded Okta simulator (a rate-limit minute lasts one real second), with the
 * adapter's Okta client pointed at it. Tests reach it through {@link #simulator()}.
 */
public class OktaSimulatorTestResource implements QuarkusTestResourceLifecycleManager {

  static final String TOKEN = "test-okta-token";
  static final double TIME_SCALE = 60;

  private static volatile OktaSimulator simulator;

  static OktaSimulator simulator() {
    return simulator;
  }

  @Override
  public Map<String, String> start() {
    simulator =
        OktaSimulator.builder()
            .token(TOKEN)
            .tier(RateLimitTier.ENTERPRISE)
            .timeScale(TIME_SCALE)
            .start();
    return Map.of(
        "okta-adapter.okta.org-url", simulator.baseUrl(),
        "okta-adapter.okta.api-token", TOKEN,
        "okta-adapter.okta.rate-limit.time-scale", Double.toString(TIME_SCALE));
  }

  @Override
  public void stop() {
    if (simulator != null) {
      simulator.close();
    }
  }
}
