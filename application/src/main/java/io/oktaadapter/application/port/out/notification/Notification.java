package io.oktaadapter.application.port.out.notification;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Value object: one e-mail to send, as data rather than text: the kind picks the template, the
 * language its wording, {@code values} and {@code items} fill it. Built only from tenant and job
 * data, never from a secret. {@code dedupKey}, when set, makes a second notification with the same
 * key a no-op (a resumed job, a check run by several replicas).
 */
public record Notification(
    NotificationKind kind,
    List<String> recipients,
    String language,
    Map<String, String> values,
    List<String> items,
    String dedupKey) {

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  public Notification {
    Objects.requireNonNull(kind, "kind");
    recipients = List.copyOf(recipients);
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("a notification needs at least one recipient");
    }
    Objects.requireNonNull(language, "language");
    if (!LANGUAGE.matcher(language).matches()) {
      throw new IllegalArgumentException("language must be a two-letter code, was " + language);
    }
    values = Map.copyOf(values);
    items = List.copyOf(items);
    if (dedupKey != null && (dedupKey.isBlank() || dedupKey.length() > 255)) {
      throw new IllegalArgumentException("dedupKey must be 1..255 characters");
    }
  }
}
