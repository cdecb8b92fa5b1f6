package io.oktaadapter.domain.app;

import io.oktaadapter.domain.InvalidFieldException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Value object: the product an application belongs to, such as {@code EFS} or {@code DV}. Kinds
 * differ only by their template (configuration), so a kind is a validated name, not an enum.
 */
public record ApplicationKind(String name) {

  // Declared before the constants below, which need it during class initialisation.
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

  public static final ApplicationKind EFS = new ApplicationKind("EFS");
  public static final ApplicationKind DV = new ApplicationKind("DV");

  public ApplicationKind {
    if (name == null || name.isBlank()) {
      throw InvalidFieldException.ofValue("must not be empty");
    }
    name = name.trim().toUpperCase(Locale.ROOT);
    if (!NAME.matcher(name).matches()) {
      throw InvalidFieldException.ofValue(
          "must be 1 to 20 letters, digits or underscores, starting with a letter (such as EFS or"
              + " DV)");
    }
  }

  public static ApplicationKind of(String name) {
    return new ApplicationKind(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
