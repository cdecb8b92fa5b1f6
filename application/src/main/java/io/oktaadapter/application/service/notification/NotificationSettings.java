package io.oktaadapter.application.service.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the notifications: who is told, in which language, when thresholds are crossed, and
 * how the worker retries.
 *
 * @param supportAddresses told of everything (besides a tenant's admin contacts for its own jobs)
 * @param defaultLanguage two-letter language of tenants without their own, and of operator mails
 * @param tenantLanguages language per tenant key
 * @param quarantineThreshold quarantined deliveries within one window that cause a notification
 * @param quarantineWindow the window of the quarantine threshold (one notification per window)
 * @param hookSecretMaxAge age of a hook's current secret after which rotation is due
 * @param batchSize notifications claimed per worker round
 * @param lease how long a claimed notification stays reserved for its worker
 * @param maxAttempts attempts before a notification is given up (marked failed)
 * @param backoff pause after the first failed attempt; doubled per attempt
 * @param maxBackoff longest pause between attempts
 */
public record NotificationSettings(
    List<String> supportAddresses,
    String defaultLanguage,
    Map<String, String> tenantLanguages,
    int quarantineThreshold,
    Duration quarantineWindow,
    Duration hookSecretMaxAge,
    int batchSize,
    Duration lease,
    int maxAttempts,
    Duration backoff,
    Duration maxBackoff) {

  public NotificationSettings {
    supportAddresses = List.copyOf(supportAddresses);
    Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    tenantLanguages = Map.copyOf(tenantLanguages);
    Objects.requireNonNull(quarantineWindow, "quarantineWindow");
    Objects.requireNonNull(hookSecretMaxAge, "hookSecretMaxAge");
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (quarantineThreshold < 1 || batchSize < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException(
          "quarantineThreshold, batchSize and maxAttempts must be at least 1");
    }
    if (quarantineWindow.isNegative()
        || quarantineWindow.isZero()
        || hookSecretMaxAge.isNegative()
        || hookSecretMaxAge.isZero()) {
      throw new IllegalArgumentException("quarantineWindow and hookSecretMaxAge must be positive");
    }
  }

  /** The language of a tenant's mails. */
  public String languageOf(String tenantKey) {
    return tenantLanguages.getOrDefault(tenantKey, defaultLanguage);
  }

  /** The pause before the next attempt after {@code attempts} failed ones. */
  public Duration backoffAfter(int attempts) {
    Duration pause = backoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
    return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
  }
}
