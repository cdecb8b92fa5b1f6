package io.oktaadapter.adapters.in.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.application.port.in.command.CommandProblem;
import io.oktaadapter.application.port.in.command.CommandReference;
import io.oktaadapter.domain.DomainException;
import io.oktaadapter.domain.FieldViolation;
import io.oktaadapter.domain.tenant.TenantKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Kafka command adapter: decides whether a record is a command at all. It reads the CloudEvent in
 * binary mode ({@code ce_*} headers, JSON data as value) or structured mode (the whole event as
 * JSON), checks the envelope and the type's data against their JSON Schemas, the record key against
 * the tenant-key format and the {@code source} against the type's allow-list. Anything refused goes
 * to the dead-letter topic; it has a reference when its id could be read, so that it still gets a
 * failure result.
 */
@ApplicationScoped
class CommandAdmission {

  private static final String CE_PREFIX = "ce_";

  private final ObjectMapper json;
  private final CommandSchemas schemas;
  private final SourcePolicy sources;

  CommandAdmission(ObjectMapper json, CommandSchemas schemas, CommandConfig config) {
    this.json = json;
    this.schemas = schemas;
    this.sources = new SourcePolicy(config);
  }

  /** The outcome of admission. */
  sealed interface Verdict {}

  /** A well-formed, allowed command: its reference, short type name and data. */
  record Admitted(CommandReference reference, String shortType, JsonNode data) implements Verdict {}

  /** A record that is no acceptable command; {@code reference} is null when it has no usable id. */
  record Refused(String reason, CommandReference reference, CommandProblem problem)
      implements Verdict {}

  Verdict admit(ConsumerRecord<String, String> record) {
    ObjectNode event;
    boolean binary = record.headers().lastHeader(CE_PREFIX + "specversion") != null;
    try {
      event = binary ? fromHeaders(record) : structured(record.value());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      ObjectNode headersOnly = binary ? headers(record) : json.createObjectNode();
      return refuse("the value is not valid JSON", headersOnly, record, Problems.unreadable());
    }
    List<String> envelope = schemas.envelopeViolations(event);
    if (!envelope.isEmpty()) {
      return refuse(
          "not a command CloudEvent: " + String.join("; ", envelope),
          event,
          record,
          Problems.invalid("The command envelope violates its schema.", envelope));
    }
    String type = event.get("type").asText();
    String shortType = type.substring(CommandSchemas.TYPE_PREFIX.length());
    JsonNode data = event.get("data");
    var violations = schemas.dataViolations(shortType, data);
    if (violations.isEmpty()) {
      return refuse(
          "unknown command type " + type,
          event,
          record,
          Problems.invalid("Unknown command type " + type + ".", List.of()));
    }
    String source = event.get("source").asText();
    if (!sources.allows(shortType, source)) {
      return refuse(
          "source " + source + " may not send " + type,
          event,
          record,
          Problems.forbiddenSource(source, type));
    }
    TenantKey tenant = tenantOf(record, event);
    if (tenant == null) {
      return refuse(
          "the record key must be the tenant key (and equal the tenantkey attribute)",
          event,
          record,
          Problems.invalid(
              "The record key must be a tenant key.",
              List.of("key: must be the key of the tenant the command concerns")));
    }
    if (!violations.get().isEmpty()) {
      return refuse(
          "data violates the schema of " + type + ": " + String.join("; ", violations.get()),
          event,
          record,
          Problems.invalid("The command data violates its schema.", violations.get()));
    }
    return new Admitted(reference(event, record), shortType, data);
  }

  private Refused refuse(
      String reason, ObjectNode event, ConsumerRecord<String, String> record, CommandProblem p) {
    return new Refused(reason, reference(event, record), p);
  }

  /** The reference of a (possibly invalid) event, or null without a usable id. */
  private static CommandReference reference(ObjectNode event, ConsumerRecord<String, String> r) {
    JsonNode id = event.get("id");
    if (id == null
        || !id.isTextual()
        || id.asText().isBlank()
        || id.asText().length() > CommandReference.MAX_ID_LENGTH) {
      return null;
    }
    return new CommandReference(
        id.asText(), text(event, "type"), text(event, "source"), tenantOf(r, event), r.key());
  }

  private static String text(ObjectNode event, String name) {
    JsonNode value = event.get(name);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private static TenantKey tenantOf(ConsumerRecord<String, String> record, ObjectNode event) {
    if (record.key() == null) {
      return null;
    }
    String attribute = text(event, "tenantkey");
    if (attribute != null && !attribute.equals(record.key())) {
      return null;
    }
    try {
      return TenantKey.of(record.key());
    } catch (DomainException e) {
      return null;
    }
  }

  private ObjectNode structured(String value) throws JsonProcessingException {
    JsonNode node = json.readTree(value == null ? "" : value);
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return (ObjectNode) node;
  }

  private ObjectNode fromHeaders(ConsumerRecord<String, String> record)
      throws JsonProcessingException {
    ObjectNode event = headers(record);
    JsonNode data = json.readTree(record.value() == null ? "" : record.value());
    if (data == null || data.isMissingNode()) {
      throw new IllegalArgumentException("no data");
    }
    event.set("data", data);
    return event;
  }

  private ObjectNode headers(ConsumerRecord<String, String> record) {
    ObjectNode event = json.createObjectNode();
    for (Header h : record.headers()) {
      String name = h.key().toLowerCase(Locale.ROOT);
      if (name.startsWith(CE_PREFIX) && h.value() != null) {
        event.put(
            name.substring(CE_PREFIX.length()), new String(h.value(), StandardCharsets.UTF_8));
      }
    }
    return event;
  }

  /** Who may send which type. */
  private static final class SourcePolicy {
    private final CommandConfig config;

    SourcePolicy(CommandConfig config) {
      this.config = config;
    }

    boolean allows(String shortType, String source) {
      List<String> allowed =
          config
              .allowedSources()
              .getOrDefault(shortType, config.defaultAllowedSources().orElse(List.of()));
      return allowed.stream()
          .map(String::strip)
          .anyMatch(
              a ->
                  a.endsWith("*")
                      ? source.startsWith(a.substring(0, a.length() - 1))
                      : source.equals(a));
    }
  }

  /** Field violations from schema messages ("location: message"). */
  static List<FieldViolation> violations(List<String> messages) {
    return messages.stream()
        .map(
            m -> {
              int colon = m.indexOf(": ");
              return colon < 0
                  ? new FieldViolation("", m)
                  : new FieldViolation(m.substring(0, colon), m.substring(colon + 2));
            })
        .toList();
  }
}
