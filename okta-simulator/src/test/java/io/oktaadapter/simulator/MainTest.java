package io.oktaadapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void givenNoOptions_parse_usesPort8090AndTheDevelopmentToken() {
    SimulatorBuilder builder = Main.parse(new String[0]);

    assertThat(builder.port).isEqualTo(8090);
    assertThat(builder.token).isEqualTo("local-okta-token");
    assertThat(builder.tier).isEqualTo(RateLimitTier.ENTERPRISE);
  }

  @Test
  void givenAllOptions_parse_configuresTheBuilder() {
    SimulatorBuilder builder =
        Main.parse(
            new String[] {
              "--port",
              "9999",
              "--token",
              "t",
              "--tier",
              "INTEGRATOR_FREE",
              "--time-scale",
              "60",
              "--latency-ms",
              "15"
            });

    assertThat(builder.port).isEqualTo(9999);
    assertThat(builder.token).isEqualTo("t");
    assertThat(builder.tier).isEqualTo(RateLimitTier.INTEGRATOR_FREE);
    assertThat(builder.timeScale).isEqualTo(60.0);
    assertThat(builder.latency).isEqualTo(Duration.ofMillis(15));
  }

  @Test
  void givenUnknownOption_parse_failsWithUsage() {
    assertThatThrownBy(() -> Main.parse(new String[] {"--colour", "red"}))
        .hasMessageContaining("Unknown option --colour")
        .hasMessageContaining("Usage");
  }
}
