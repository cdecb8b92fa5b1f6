package io.oktaadapter.adapters.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Contract: docs/asyncapi.yaml describes the command topics, every reference in it resolves, and it
 * refers to exactly the command schemas the adapter validates with (so the two cannot drift).
 */
class AsyncApiDocumentTest {

  private static final Path DOC = Path.of("../../docs/asyncapi.yaml");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void givenAsyncApiDocument_itIsVersion3AndNamesTheCommandTopics() throws IOException {
    JsonNode doc = YAML.readTree(DOC.toFile());

    assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
    List<String> addresses = new ArrayList<>();
    doc.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
    assertThat(addresses)
        .contains(
            "okta-adapter.commands", "okta-adapter.command-results", "okta-adapter.commands.dlq");
    doc.path("operations")
        .forEach(op -> assertThat(op.path("action").asText()).isIn("send", "receive"));
  }

  @Test
  void givenAsyncApiDocument_everyReferenceResolves_andFileSchemasAreTheAdaptersOnes()
      throws IOException {
    JsonNode doc = YAML.readTree(DOC.toFile());
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    Set<String> referencedSchemas = new HashSet<>();

    for (String ref : refs) {
      if (ref.startsWith("#/")) {
        assertThat(doc.at(ref.substring(1)).isMissingNode()).as("reference " + ref).isFalse();
      } else {
        Path file = DOC.getParent().resolve(ref).normalize();
        assertThat(file).as("referenced file " + ref).exists();
        JsonNode schema = JSON.readTree(file.toFile());
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(schema.toString());
        referencedSchemas.add(file.getFileName().toString().replace(".schema.json", ""));
      }
    }

    assertThat(referencedSchemas).containsExactlyInAnyOrderElementsOf(CommandSchemas.TYPES);
  }

  @Test
  void givenSchemaFiles_eachIsValidAgainstTheDraft2020MetaSchema() throws IOException {
    var meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                com.networknt.schema.SchemaLocation.of(
                    "https://json-schema.org/draft/2020-12/schema"));
    try (var files = Files.list(Path.of("src/main/resources/schemas/commands"))) {
      for (Path file : files.toList()) {
        assertThat(meta.validate(JSON.readTree(file.toFile())))
            .as(file.getFileName().toString())
            .isEmpty();
      }
    }
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                if (e.getKey().equals("$ref") && e.getValue().isTextual()) {
                  refs.add(e.getValue().asText());
                } else {
                  collectRefs(e.getValue(), refs);
                }
              });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, refs));
    }
  }
}
