package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.simulator.OktaSimulator;
import io.oktaadapter.simulator.RateLimitTier;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * Test resource: an embedded Okta simulator whose rate-limit minute lasts one real second, with the
 * adapter pointed at it. Tests get it through {@link InjectSimulator}.
 */
public class OktaSimulatorResource implements QuarkusTestResourceLifecycleManager {

  static final String TOKEN = "test-okta-token";
  static final double TIME_SCALE = 60;

  /** Marks the test's {@link OktaSimulator} field. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  public @interface InjectSimulator {}

  private OktaSimulator simulator;

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
  public void inject(TestInjector injector) {
    injector.injectIntoFields(
        simulator,
        new TestInjector.AnnotatedAndMatchesType(InjectSimulator.class, OktaSimulator.class));
  }

  @Override
  public void stop() {
    if (simulator != null) {
      simulator.close();
    }
  }
}
