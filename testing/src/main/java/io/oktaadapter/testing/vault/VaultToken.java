package io.oktaadapter.testing.vault;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A token the Vault double issued, with the policies it carries and its lease. */
final class VaultToken {

  final String id;
  final String accessor;
  volatile List<VaultPolicy> policies;
  final String path;
  final Instant issueTime;
  final Duration ttl;
  Instant expireTime;

  VaultToken(
      String id,
      String accessor,
      List<VaultPolicy> policies,
      String path,
      Instant issueTime,
      Duration ttl) {
    this.id = id;
    this.accessor = accessor;
    this.policies = List.copyOf(policies);
    this.path = path;
    this.issueTime = issueTime;
    this.ttl = ttl;
    this.expireTime = ttl.isZero() ? null : issueTime.plus(ttl);
  }

  boolean expiredAt(Instant now) {
    return expireTime != null && !now.isBefore(expireTime);
  }

  List<String> policyNames() {
    return policies.stream().map(VaultPolicy::name).toList();
  }

  boolean permits(String path, VaultPolicy.Capability capability) {
    return policies.stream().anyMatch(p -> p.permits(path, capability));
  }
}
