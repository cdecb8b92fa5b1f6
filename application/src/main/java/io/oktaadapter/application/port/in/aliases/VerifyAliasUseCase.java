package io.oktaadapter.application.port.in.aliases;

import io.oktaadapter.application.port.out.aliases.AliasClaim;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.List;
import java.util.Optional;

/**
 * Inbound port: alias ownership (ADR 0018). A claimed alias becomes the tenant's (VERIFIED) when
 * its challenge TXT record holds the claim's token, or when an admin approves it with a reason.
 */
public interface VerifyAliasUseCase {

  /** The tenant's pending claims. */
  List<AliasClaim> claims(TenantKey tenant);

  /** Looks the challenge up over DNS now. */
  Verification verify(TenantKey tenant, Alias alias);

  /** An admin's approval without DNS proof. */
  Verification approve(TenantKey tenant, Alias alias, String reason);

  /** Checks claims due for a periodic check and drops expired ones; returns how many verified. */
  int checkDue(int limit);

  /** Where an alias stands after a check. */
  enum Status {
    PENDING_VERIFICATION,
    VERIFIED,
    EXPIRED
  }

  /**
   * @param claim the claim as it stands (empty once verified or expired)
   * @param job the provisioning job that puts a verified alias into Okta
   */
  record Verification(
      Alias alias, Status status, Optional<AliasClaim> claim, Optional<ProvisioningJob> job) {}
}
