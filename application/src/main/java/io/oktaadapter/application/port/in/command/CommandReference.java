package io.oktaadapter.application.port.in.command;

import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Objects;

/**
 * What identifies a command and its results, even one that could not be read in full.
 *
 * @param id the command's CloudEvents id: correlation of its results, key of its idempotency
 * @param type the CloudEvents type, or {@code null} when unknown
 * @param source the CloudEvents source, or {@code null} when unknown
 * @param tenant the tenant the command concerns, or {@code null} when unknown
 * @param partitionKey the Kafka key the command came with (results use the same key)
 */
public record CommandReference(
    String id, String type, String source, TenantKey tenant, String partitionKey) {

  public static final int MAX_ID_LENGTH = 200;

  public CommandReference {
    Objects.requireNonNull(id, "id");
    if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException("a command id has 1 to " + MAX_ID_LENGTH + " characters");
    }
  }

  /** The key results are published with: the tenant's key, else the command's Kafka key. */
  public String resultKey() {
    if (tenant != null) {
      return tenant.value();
    }
    return partitionKey == null || partitionKey.isEmpty() ? id : partitionKey;
  }
}
