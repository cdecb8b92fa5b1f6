package io.oktaadapter.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a provisioned subject (a tenant or an application): PENDING → PROVISIONING → READY;
 * a failed provisioning ends FAILED (and may be retried); deletion goes through DELETING to
 * DELETED. An update of a READY subject provisions again.
 */
public enum LifecycleStatus {
  PENDING,
  PROVISIONING,
  READY,
  FAILED,
  DELETING,
  DELETED;

  /** The statuses this one may change to. */
  public Set<LifecycleStatus> successors() {
    return switch (this) {
      case PENDING -> EnumSet.of(PROVISIONING, DELETING);
      case PROVISIONING -> EnumSet.of(READY, FAILED);
      case READY -> EnumSet.of(PROVISIONING, DELETING);
      case FAILED -> EnumSet.of(PROVISIONING, DELETING);
      case DELETING -> EnumSet.of(DELETED, FAILED);
      case DELETED -> EnumSet.noneOf(LifecycleStatus.class);
    };
  }

  public boolean canChangeTo(LifecycleStatus next) {
    return successors().contains(next);
  }
}
