package io.oktaadapter.testing.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSettingsTest {

  @Test
  void givenNothing_port_isTheDefault() {
    LocalSettings settings = LocalSettings.parse(List.of(), Map.of());

    assertThat(settings.port("postgres", 5433)).isEqualTo(5433);
  }

  @Test
  void givenEnvironmentVariable_port_isTakenFromIt() {
    LocalSettings settings =
        LocalSettings.parse(List.of(), Map.of("OKTA_ADAPTER_LOCAL_KAFKA_CONTROLLER_PORT", "19093"));

    assertThat(settings.port("kafka-controller", 9093)).isEqualTo(19093);
  }

  @Test
  void givenOptionAndEnvironment_port_prefersTheOption() {
    LocalSettings settings =
        LocalSettings.parse(
            List.of("--okta-simulator-port=18090"),
            Map.of("OKTA_ADAPTER_LOCAL_OKTA_SIMULATOR_PORT", "28090"));

    assertThat(settings.port("okta-simulator", 8090)).isEqualTo(18090);
  }

  @Test
  void givenPortZero_port_isOneFreePortEveryTimeItIsAsked() {
    LocalSettings settings = LocalSettings.parse(List.of("--kafka-port=0"), Map.of());

    int first = settings.port("kafka", 9092);

    assertThat(first).isPositive().isNotEqualTo(9092);
    assertThat(settings.port("kafka", 9092)).isEqualTo(first);
  }

  @Test
  void givenPortOutOfRange_port_failsNamingTheService() {
    LocalSettings settings = LocalSettings.parse(List.of("--postgres-port=70000"), Map.of());

    assertThatThrownBy(() -> settings.port("postgres", 5433))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("postgres port");
  }

  @Test
  void givenCleanAndDataDir_settings_exposeThem(@TempDir Path dir) {
    LocalSettings settings = LocalSettings.parse(List.of("--clean", "--data-dir=" + dir), Map.of());

    assertThat(settings.clean()).isTrue();
    assertThat(settings.dataDir("kafka")).isEqualTo(dir.resolve("kafka"));
  }

  @Test
  void givenVaultOptionOrVariable_enabled_isTrueOnlyThen() {
    assertThat(LocalSettings.parse(List.of("--vault"), Map.of()).enabled("vault")).isTrue();
    assertThat(
            LocalSettings.parse(List.of(), Map.of("OKTA_ADAPTER_LOCAL_VAULT", "true"))
                .enabled("vault"))
        .isTrue();
    assertThat(LocalSettings.parse(List.of(), Map.of()).enabled("vault")).isFalse();
  }

  @Test
  void givenArgumentWithoutDashes_parse_isRejected() {
    assertThatThrownBy(() -> LocalSettings.parse(List.of("clean"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
