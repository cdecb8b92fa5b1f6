package io.oktaadapter.application.port.out.okta;

import io.oktaadapter.domain.okta.OktaId;
import java.util.Objects;
import java.util.Optional;

/**
 * Outbound port for the per-tenant MFA policy: an Okta sign-on policy limited to the tenant's group
 * with one rule that asks for (or only offers) a second factor.
 */
public interface OktaPolicies {

  /** Creates the ACTIVE policy and its rule. */
  MfaPolicy createMfaPolicy(MfaPolicyDetails details);

  /** The sign-on policy whose name is exactly {@code name}, if there is one. */
  Optional<MfaPolicy> findMfaPolicyByName(String name);

  /** Changes whether the policy's rule requires a second factor. */
  MfaPolicy updateMfaPolicy(OktaId policyId, MfaPolicyDetails details);

  /** Deletes the policy with its rules; deleting one that is already gone is not an error. */
  void deleteMfaPolicy(OktaId policyId);

  /** What the adapter sets on a tenant's MFA policy. */
  record MfaPolicyDetails(String name, OktaId groupId, boolean factorRequired) {
    public MfaPolicyDetails {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(groupId, "groupId");
    }
  }

  /** A tenant's MFA policy as Okta holds it. */
  record MfaPolicy(OktaId id, String name, boolean factorRequired) {
    public MfaPolicy {
      Objects.requireNonNull(id, "id");
    }
  }
}
