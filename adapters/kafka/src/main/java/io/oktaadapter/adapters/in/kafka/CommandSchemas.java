package io.oktaadapter.adapters.in.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kafka command adapter: the JSON Schemas (2020-12) of the command envelope and of each command
 * type's data, loaded once from {@code schemas/commands/} (the files {@code docs/asyncapi.yaml}
 * refers to).
 */
@ApplicationScoped
class CommandSchemas {

  static final String TYPE_PREFIX = "io.oktaadapter.command.";
  static final String DIRECTORY = "schemas/commands/";
  static final List<String> TYPES =
      List.of(
          "tenant.provision",
          "tenant.update",
          "tenant.delete",
          "application.provision",
          "application.update",
          "application.delete",
          "tenant.alias.add",
          "tenant.alias.remove",
          "tenant.user.assign",
          "tenant.user.remove",
          "user.sessions.clear");

  private final Schema envelope;
  private final Map<String, Schema> data = new HashMap<>();

  CommandSchemas() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    this.envelope = load(registry, "cloudevent");
    TYPES.forEach(t -> data.put(t, load(registry, t)));
  }

  /** Violations of the envelope schema, as "location: message" lines; empty when valid. */
  List<String> envelopeViolations(JsonNode event) {
    return describe(envelope.validate(event));
  }

  /** The schema of a command type's data, by short name; empty for an unknown type. */
  Optional<List<String>> dataViolations(String shortType, JsonNode data) {
    return Optional.ofNullable(this.data.get(shortType)).map(s -> describe(s.validate(data)));
  }

  private static List<String> describe(List<Error> errors) {
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  private static Schema load(SchemaRegistry registry, String name) {
    String path = DIRECTORY + name + ".schema.json";
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing schema resource " + path);
      }
      return registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
