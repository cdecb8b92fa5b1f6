package io.oktaadapter.simulator;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** Test helper: validates recorded exchanges against Okta's published spec, minus known defects. */
final class OktaSpecValidator {
  private final OpenApiInteractionValidator validator;
  private final Predicate<String> knownSpecDefect;

  OktaSpecValidator(Path spec, Predicate<String> knownSpecDefect) {
    this.validator =
        OpenApiInteractionValidator.createForSpecificationUrl(spec.toUri().toString()).build();
    this.knownSpecDefect = knownSpecDefect;
  }

  /** Messages as {@code "METHOD path status: key: message"}, known spec defects left out. */
  List<String> problems(RecordedExchange exchange) {
    ValidationReport report = validator.validate(request(exchange), response(exchange));
    String prefix = exchange.method() + " " + exchange.path() + " " + exchange.status() + ": ";
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> prefix + m.getKey() + ": " + m.getMessage())
        .filter(knownSpecDefect.negate())
        .toList();
  }

  private static SimpleRequest request(RecordedExchange exchange) {
    var builder =
        new SimpleRequest.Builder(Request.Method.valueOf(exchange.method()), exchange.path());
    exchange.requestHeaders().forEach(builder::withHeader);
    if (!exchange.requestBody().isEmpty()) {
      builder.withBody(exchange.requestBody());
    }
    for (String pair : exchange.query().split("&")) {
      if (!pair.isEmpty()) {
        String[] parts = pair.split("=", 2);
        builder.withQueryParam(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
      }
    }
    return builder.build();
  }

  private static SimpleResponse response(RecordedExchange exchange) {
    var builder = SimpleResponse.Builder.status(exchange.status());
    exchange.responseHeaders().forEach(builder::withHeader);
    if (!exchange.responseBody().isEmpty()) {
      builder.withBody(exchange.responseBody());
    }
    return builder.build();
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
