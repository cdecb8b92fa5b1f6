package io.oktaadapter.adapters.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.oktaadapter.adapters.in.kafka.CommandAdmission.Admitted;
import io.oktaadapter.adapters.in.kafka.CommandAdmission.Refused;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Admission of command records: CloudEvents modes, schemas, record key and source allow-list. */
class CommandAdmissionTest {

  private final CommandAdmission admission =
      new CommandAdmission(new ObjectMapper(), new CommandSchemas(), new TestConfig());

  private static ConsumerRecord<String, String> binary(
      String key, String id, String type, String source, String value) {
    ConsumerRecord<String, String> r =
        new ConsumerRecord<>("okta-adapter.commands", 0, 0, key, value);
    r.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
    r.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
    r.headers().add("ce_type", ("io.oktaadapter.command." + type).getBytes(StandardCharsets.UTF_8));
    r.headers().add("ce_source", source.getBytes(StandardCharsets.UTF_8));
    return r;
  }

  @Test
  void givenValidBinaryCommand_admit_admitsWithReference() {
    var verdict =
        admission.admit(
            binary("acme", "c1", "tenant.alias.add", "urn:svc:a", "{\"alias\":\"x.acme.com\"}"));

    assertThat(verdict).isInstanceOf(Admitted.class);
    Admitted admitted = (Admitted) verdict;
    assertThat(admitted.reference().id()).isEqualTo("c1");
    assertThat(admitted.reference().tenant().value()).isEqualTo("acme");
    assertThat(admitted.shortType()).isEqualTo("tenant.alias.add");
  }

  @Test
  void givenValidStructuredCommand_admit_admits() {
    String value =
        "{\"specversion\":\"1.0\",\"id\":\"c2\",\"source\":\"urn:svc:a\","
            + "\"type\":\"io.oktaadapter.command.tenant.delete\",\"data\":{}}";

    var verdict =
        admission.admit(new ConsumerRecord<>("okta-adapter.commands", 0, 0, "acme", value));

    assertThat(verdict).isInstanceOf(Admitted.class);
  }

  @Test
  void givenUnknownTypeOrExtraField_admit_refusesWithReason() {
    var unknown = admission.admit(binary("acme", "c3", "tenant.explode", "urn:svc:a", "{}"));
    var extra =
        admission.admit(binary("acme", "c4", "tenant.delete", "urn:svc:a", "{\"force\":true}"));

    assertThat(((Refused) unknown).reason()).contains("unknown command type");
    assertThat(((Refused) extra).reason()).contains("schema").contains("force");
    assertThat(((Refused) extra).reference().id()).isEqualTo("c4");
  }

  @Test
  void givenSourceNotOnTheTypesList_admit_refusesAsForbidden() {
    var verdict =
        admission.admit(
            binary("acme", "c5", "user.sessions.clear", "urn:svc:a", "{\"login\":\"a@b.c\"}"));

    assertThat(((Refused) verdict).problem().status()).isEqualTo(403);
  }

  @Test
  void givenStructuredValueThatIsNotJson_admit_refusesWithoutReference() {
    var verdict =
        admission.admit(new ConsumerRecord<>("okta-adapter.commands", 0, 0, "acme", "{oops"));

    assertThat(((Refused) verdict).reason()).contains("not valid JSON");
    assertThat(((Refused) verdict).reference()).isNull();
  }

  /** Any source may send anything but user.sessions.clear, which only the helpdesk may send. */
  private static final class TestConfig implements CommandConfig {
    @Override
    public Map<String, List<String>> allowedSources() {
      return Map.of("user.sessions.clear", List.of("urn:service:helpdesk"));
    }

    @Override
    public Optional<List<String>> defaultAllowedSources() {
      return Optional.of(List.of("urn:svc:*"));
    }

    @Override
    public Map<String, String> sourceRoles() {
      return Map.of();
    }

    @Override
    public Duration retryBackoff() {
      return Duration.ofMillis(1);
    }

    @Override
    public Duration maxRetryBackoff() {
      return Duration.ofMillis(1);
    }
  }
}
