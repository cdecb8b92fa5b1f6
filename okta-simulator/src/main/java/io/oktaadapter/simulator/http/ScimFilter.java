package io.oktaadapter.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulator query language: Okta's SCIM-style {@code filter}/{@code search} expressions ({@code eq
 * ne sw co ew gt ge lt le pr}, {@code and}, {@code or}, parentheses) over dotted attributes.
 */
public final class ScimFilter {
  private static final Set<String> OPERATORS =
      Set.of("eq", "ne", "sw", "co", "ew", "gt", "ge", "lt", "le");
  private static final Pattern TOKEN = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|[()]|[^\\s()]+");
  private final List<String> tokens = new ArrayList<>();
  private final List<Boolean> quoted = new ArrayList<>();
  private int position;

  private ScimFilter(String expression) {
    Matcher matcher = TOKEN.matcher(expression);
    while (matcher.find()) {
      boolean isQuoted = matcher.group(1) != null;
      tokens.add(isQuoted ? matcher.group(1).replace("\\\"", "\"") : matcher.group());
      quoted.add(isQuoted);
    }
  }

  /** Parses an expression; a malformed one yields Okta's validation error for {@code param}. */
  public static Predicate<JsonNode> parse(String expression, String param) {
    ScimFilter parser = new ScimFilter(expression);
    try {
      Predicate<JsonNode> predicate = parser.or();
      if (parser.position != parser.tokens.size()) {
        throw new IllegalArgumentException("trailing tokens");
      }
      return predicate;
    } catch (RuntimeException e) {
      throw OktaErrors.validation(param, "Invalid " + param + " expression: " + expression);
    }
  }

  private Predicate<JsonNode> or() {
    Predicate<JsonNode> left = and();
    while (peekWord("or")) {
      position++;
      left = left.or(and());
    }
    return left;
  }

  private Predicate<JsonNode> and() {
    Predicate<JsonNode> left = factor();
    while (peekWord("and")) {
      position++;
      left = left.and(factor());
    }
    return left;
  }

  private Predicate<JsonNode> factor() {
    if (tokens.get(position).equals("(") && !quoted.get(position)) {
      position++;
      Predicate<JsonNode> inner = or();
      expect(")");
      return inner;
    }
    String attribute = tokens.get(position++);
    String operator = tokens.get(position++).toLowerCase(Locale.ROOT);
    if (operator.equals("pr")) {
      return node -> Json.text(node, attribute) != null;
    }
    if (!OPERATORS.contains(operator)) {
      throw new IllegalArgumentException("operator " + operator);
    }
    String value = tokens.get(position++);
    return node -> compare(Json.text(node, attribute), operator, value);
  }

  private static boolean compare(String actual, String operator, String expected) {
    if (actual == null) {
      return operator.equals("ne");
    }
    String a = actual.toLowerCase(Locale.ROOT);
    String e = expected.toLowerCase(Locale.ROOT);
    return switch (operator) {
      case "eq" -> a.equals(e);
      case "ne" -> !a.equals(e);
      case "sw" -> a.startsWith(e);
      case "co" -> a.contains(e);
      case "ew" -> a.endsWith(e);
      case "gt" -> actual.compareTo(expected) > 0;
      case "ge" -> actual.compareTo(expected) >= 0;
      case "lt" -> actual.compareTo(expected) < 0;
      case "le" -> actual.compareTo(expected) <= 0;
      default -> throw new IllegalArgumentException("operator " + operator);
    };
  }

  private boolean peekWord(String word) {
    return position < tokens.size()
        && !quoted.get(position)
        && tokens.get(position).equalsIgnoreCase(word);
  }

  private void expect(String token) {
    if (!tokens.get(position++).equals(token)) {
      throw new IllegalArgumentException("expected " + token);
    }
  }
}
